package io.hookwire.runtime;

/**
 * How the runtime treats what user code throws. Receivers run arbitrary code on hostile input, so
 * a failure in one delivery must end in an answer, not in the server: every {@link Exception} and
 * {@link Error} is caught, {@link StackOverflowError} (runaway recursion) included, except the
 * errors that mean the JVM itself is failing, such as {@link OutOfMemoryError}.
 */
final class Failures {

  private Failures() {}

  /**
   * Rethrows {@code failure} when no request should swallow it, and restores the interrupt flag
   * of an {@link InterruptedException}, so that the caller may go on and answer.
   */
  static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
    if (failure instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
  }

  /** The failure as {@code Type: message}, for a log line that needs no stack trace. */
  static String describe(Throwable failure) {
    return failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  /** The failure as an {@code Exception}, wrapping an {@code Error} with {@code message}. */
  static Exception asException(Throwable failure, String message) {
    return failure instanceof Exception ? (Exception) failure : new WebhookSetupException(message, failure);
  }
}
