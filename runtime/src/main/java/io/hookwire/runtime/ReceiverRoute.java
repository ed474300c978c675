package io.hookwire.runtime;

/**
 * A receiver ready to serve: its name, the user's class (for messages), its full path (base path
 * included) and the generated receiver around the user's instance.
 */
record ReceiverRoute(String name, Class<?> type, PathTemplate path, WebhookReceiver receiver) {

  /** How messages name the receiver: {@code slack_events_handler (com.acme.SlackReceiver)}. */
  String describe() {
    return name + " (" + type.getName() + ")";
  }
}
