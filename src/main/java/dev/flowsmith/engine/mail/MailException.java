package dev.flowsmith.engine.mail;

/** A message that could not be composed or delivered. */
public final class MailException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailException(String message) {
    super(message);
  }

  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}
