package org.dateline;

/**
 * Thrown when Dateline is given input it cannot take, such as a report longer than the configured
 * limit. Never thrown because of what a text says: extraction returns empty results instead.
 */
public class DatelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Returns an exception with a message.
   *
   * @param message what went wrong, naming the argument and value
   */
  public DatelineException(String message) {
    super(message);
  }

  /**
   * Returns an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public DatelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
