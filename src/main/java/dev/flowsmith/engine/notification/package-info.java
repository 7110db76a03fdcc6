/**
 * Notifications in the app's inbox, as the notification operation creates them (engine.md
 * §6.10): the {@link dev.flowsmith.engine.notification.Notifier} a run uses and an in-memory one.
 */
@NullMarked
package dev.flowsmith.engine.notification;

import org.jspecify.annotations.NullMarked;
