package io.hookwire.kafka;

/**
 * A record of the inbox's topic that is not a delivery this version can read: written by another
 * application, corrupted, or of a newer format. Sent to the dead-letter topic at once.
 */
final class UndecodableRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  UndecodableRecordException(String reason) {
    super(reason);
  }

  UndecodableRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
