package io.hookwire.runtime;

/**
 * Thrown by a {@code @Verify} method, or a verifier it calls, to reject a delivery.
 *
 * <p>The message says which check failed. It is written to the log, never to the client, which
 * only ever sees {@code 403 Request verification failed.} (or {@code 401}, with
 * {@code @Webhook(rejectStatus = 401)}); so a message must never contain a
 * secret or an expected signature.
 */
public class RequestVerificationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A rejection with the reason for the log. */
  public RequestVerificationException(String message) {
    super(message);
  }

  /** A rejection with the reason for the log and the failure that caused it. */
  public RequestVerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
