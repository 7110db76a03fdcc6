package dev.flowsmith.engine.notification;

import org.jspecify.annotations.Nullable;

/**
 * One row for {@code directus_notifications} as the notification operation builds it (engine.md
 * §6.10). Values are already strings: the operation stringifies message, collection and item.
 *
 * @param recipient a user id; null when the flow gave none (the store refuses it)
 * @param sender the acting user, null for unrestricted runs
 * @param subject required by the store
 */
public record Notification(
    @Nullable String recipient,
    @Nullable String sender,
    @Nullable String subject,
    @Nullable String message,
    @Nullable String collection,
    @Nullable String item) {}
