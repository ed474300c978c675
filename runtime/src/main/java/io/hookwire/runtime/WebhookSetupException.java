package io.hookwire.runtime;

/**
 * Thrown when a receiver cannot be connected with its messaging app at start-up: by a
 * {@code @Connect} method, or by {@link Hookwire#start()} in fail-fast mode.
 */
public class WebhookSetupException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A setup failure with a message that says what went wrong. */
  public WebhookSetupException(String message) {
    super(message);
  }

  /** A setup failure with a message and the failure that caused it. */
  public WebhookSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
