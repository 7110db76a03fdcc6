package dev.flowsmith.workspace.server;

import org.jspecify.annotations.Nullable;

/**
 * A request to a Directus server that did not give an answer we can use, with the kind of failure
 * so a user is told what to do about it ({@link #plainMessage()}).
 */
public final class DirectusCallException extends Exception {

  /** {@code TOO_OLD}: the server reports a version before {@value ServerVersion#OLDEST_MAJOR} (flows changed shape). */
  public enum Kind { BAD_TOKEN, FORBIDDEN, NOT_FOUND, UNREACHABLE, REJECTED, SERVER_ERROR, CANCELLED, CONFIG, TOO_OLD }

  private final Kind kind;
  private final int status;
  private final @Nullable String code;

  public DirectusCallException(Kind kind, int status, @Nullable String code, String message) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.code = code;
  }

  public DirectusCallException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = 0;
    this.code = null;
  }

  public static DirectusCallException config(String message) {
    return new DirectusCallException(Kind.CONFIG, 0, null, message);
  }

  public static DirectusCallException cancelled() {
    return new DirectusCallException(Kind.CANCELLED, 0, null, "cancelled");
  }

  static Kind kindOf(int status) {
    return switch (status) {
      case 401 -> Kind.BAD_TOKEN;
      case 403 -> Kind.FORBIDDEN;
      case 404 -> Kind.NOT_FOUND;
      default -> status >= 500 ? Kind.SERVER_ERROR : Kind.REJECTED;
    };
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** Directus's {@code extensions.code}, e.g. {@code INVALID_FOREIGN_KEY}, when it sent one. */
  public @Nullable String code() {
    return code;
  }

  /** What happened in words a user can act on. */
  public String plainMessage() {
    return switch (kind) {
      case BAD_TOKEN -> getMessage().startsWith("wrong email or password") || getMessage().contains("log in again")
          ? "The server refused the login (401): " + getMessage()
          : "The server refused the token (401). Check the token (DIRECTUS_TOKEN, or --token-env): " + getMessage();
      case FORBIDDEN -> "The token's user may not do this (403): it needs admin access to flows, operations and "
          + "revisions. " + getMessage();
      case UNREACHABLE -> "The server does not answer: " + getMessage();
      case CANCELLED -> "Cancelled.";
      case TOO_OLD -> "The server is too old: " + getMessage();
      default -> getMessage();
    };
  }
}
