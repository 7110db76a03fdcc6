package dev.flowsmith.engine.mail;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An SMTP server, as Directus' {@code EMAIL_SMTP_*} variables describe one.
 *
 * @param security {@code NONE}: plain (upgraded with STARTTLS only if {@link #startTlsIfOffered});
 *     {@code STARTTLS}: plain, then STARTTLS required; {@code TLS}: TLS from the first byte
 *     ({@code EMAIL_SMTP_SECURE=true}, usually port 465)
 * @param username null for no authentication
 * @param timeout connect, read and write timeout
 */
public record SmtpSettings(String host, int port, Security security, boolean startTlsIfOffered,
    @Nullable String username, @Nullable String password, Duration timeout) {

  public enum Security { NONE, STARTTLS, TLS }

  public SmtpSettings {
    Objects.requireNonNull(host);
    Objects.requireNonNull(security);
    Objects.requireNonNull(timeout);
  }

  /** A server without authentication or TLS (a local relay, a test server). */
  public static SmtpSettings plain(String host, int port) {
    return new SmtpSettings(host, port, Security.NONE, false, null, null, Duration.ofSeconds(30));
  }

  public SmtpSettings withLogin(String user, String secret) {
    return new SmtpSettings(host, port, security, startTlsIfOffered, user, secret, timeout);
  }
}
