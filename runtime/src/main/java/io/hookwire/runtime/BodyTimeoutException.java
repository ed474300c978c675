package io.hookwire.runtime;

import java.io.IOException;
import java.time.Duration;

/** The client did not send its whole body within the {@link BodyDeadline}. */
final class BodyTimeoutException extends IOException {
  private static final long serialVersionUID = 1L;

  BodyTimeoutException(Duration timeout, Throwable cause) {
    super("the body did not arrive within " + timeout.toMillis() + " ms", cause);
  }
}
