package io.hookwire.runtime;

/**
 * The answers the runtime gives on its own. Their bodies are fixed texts: an answer never carries
 * an exception message, a stack trace or any part of the request, which could leak internals or
 * echo an attacker's input.
 */
final class Answers {
  static final String ALLOW = "Allow";
  static final String CONNECTION = "Connection";
  static final String RETRY_AFTER = "Retry-After";

  static final WebhookResponse BAD_REQUEST = WebhookResponse.text(400, "Bad request.");
  static final WebhookResponse VERIFICATION_FAILED = WebhookResponse.text(403, "Request verification failed.");
  // Discord expects 401 for a bad signature; the text stays the same.
  static final WebhookResponse VERIFICATION_FAILED_401 = WebhookResponse.text(401, "Request verification failed.");
  static final WebhookResponse NOT_FOUND = WebhookResponse.text(404, "Not found.");
  // The rest of a body that came too slowly is not waited for: the connection is closed instead.
  static final WebhookResponse REQUEST_TIMEOUT =
      WebhookResponse.text(408, "Request timeout.").withHeader(CONNECTION, "close");
  // The rest of an oversized body is left unread, so the connection cannot carry another request.
  static final WebhookResponse PAYLOAD_TOO_LARGE =
      WebhookResponse.text(413, "Payload too large.").withHeader(CONNECTION, "close");
  // A retry of a delivery still being handled: the sender should come back once it is done.
  static final WebhookResponse IN_PROGRESS =
      WebhookResponse.text(409, "Delivery in progress.").withHeader(RETRY_AFTER, "5");
  static final WebhookResponse UNSUPPORTED_MEDIA_TYPE = WebhookResponse.text(415, "Unsupported media type.");
  static final WebhookResponse INTERNAL_ERROR = WebhookResponse.text(500, "Internal server error.");
  // The inbox could not store a delivery in time: the sender retries soon; the connection stays usable.
  static final WebhookResponse INBOX_UNAVAILABLE =
      WebhookResponse.text(503, "Service unavailable.").withHeader(RETRY_AFTER, "10");
  // Stopping, or the delivery log failing: senders retry, and another instance, or this one once
  // restarted or once its log is back, takes the delivery.
  static final WebhookResponse UNAVAILABLE = WebhookResponse.text(503, "Service unavailable.")
      .withHeader(RETRY_AFTER, "30")
      .withHeader(CONNECTION, "close");

  private Answers() {}

  /** The answer to a request that failed verification, with the receiver's {@code status}. */
  static WebhookResponse verificationFailed(int status) {
    return status == 401 ? VERIFICATION_FAILED_401 : VERIFICATION_FAILED;
  }

  /** The answer to a delivery rejected with {@code status}: its generic text. */
  static WebhookResponse rejected(int status) {
    return switch (status) {
      case 400 -> BAD_REQUEST;
      case 409 -> IN_PROGRESS;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      default -> WebhookResponse.text(status, "Request rejected.");
    };
  }
}
