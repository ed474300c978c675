package io.hookwire.runtime.spi;

/**
 * A delivery that cannot be handled because of its input: a missing required parameter, a body
 * that is not JSON or does not bind, a content type that is not JSON. Carries the status to
 * answer and a reason for the log; the client sees only the status's generic text. Not for users.
 */
public final class DeliveryRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** A rejection answered with {@code status}, logged with {@code reason}. */
  public DeliveryRejectedException(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  /** A rejection answered with {@code status}, logged with {@code reason} and its cause. */
  public DeliveryRejectedException(int status, String reason, Throwable cause) {
    super(reason, cause, false, false);
    this.status = status;
  }

  /** The HTTP status to answer with. */
  public int status() {
    return status;
  }
}
