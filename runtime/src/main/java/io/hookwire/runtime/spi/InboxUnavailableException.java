package io.hookwire.runtime.spi;

/**
 * An {@link io.hookwire.runtime.Inbox} could not store a delivery within its bound: the sender is
 * answered {@code 503} with {@code Retry-After}, and retries. For inbox implementations.
 */
public final class InboxUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The inbox could not store a delivery, for {@code reason}, because of {@code cause}. */
  public InboxUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
