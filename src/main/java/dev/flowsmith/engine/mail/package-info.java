/**
 * E-mail for the mail operation (engine.md §6.9): the message a flow sends, the {@link
 * dev.flowsmith.engine.mail.Mailer} that delivers it (an in-memory outbox or SMTP), Markdown as
 * Directus renders it, and liquid templates.
 */
@NullMarked
package dev.flowsmith.engine.mail;

import org.jspecify.annotations.NullMarked;
