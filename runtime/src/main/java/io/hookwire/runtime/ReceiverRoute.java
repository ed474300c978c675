package io.hookwire.runtime;

import io.hookwire.runtime.spi.WebhookReceiver;
/**
 * A receiver ready to serve: its name, the user's class (for messages), its full path (base path
 * included), the generated receiver around the user's instance, the largest body it accepts, and
 * the status it answers a failed verification with.
 */
record ReceiverRoute(
    String name, Class<?> type, PathTemplate path, WebhookReceiver receiver, long maxBodyBytes, int rejectStatus) {

  /** How messages name the receiver: {@code slack_events_handler (com.acme.SlackReceiver)}. */
  String describe() {
    return name + " (" + type.getName() + ")";
  }
}
