package io.hookwire.runtime;

/**
 * The {@link DeliveryLog} failed, as when its database is unreachable: the delivery cannot be
 * recorded, so it must not be acknowledged. Answered {@code 503} with {@code Retry-After}, so that
 * the sender retries once the log is back.
 */
final class DeliveryLogFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code what} the log could not do, such as "record the delivery as handled". */
  DeliveryLogFailure(String what, RuntimeException cause) {
    super("the delivery log could not " + what, cause);
  }
}
