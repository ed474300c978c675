package io.hookwire.benchmarks.inbox;

import java.util.Arrays;

/** How the server of the inbox figure handles a delivery before it answers. */
enum HandlingMode {
  /** The handler runs while the sender waits: the baseline. */
  INLINE("inline", "inline handling"),
  /** The delivery is stored in Kafka and acknowledged; a consumer runs the handler later. */
  INBOX("inbox", "Kafka inbox");

  private final String argument;
  private final String label;

  HandlingMode(String argument, String label) {
    this.argument = argument;
    this.label = label;
  }

  /** The argument that selects it in {@link InboxServer}. */
  String argument() {
    return argument;
  }

  /** How the report names it. */
  String label() {
    return label;
  }

  static HandlingMode of(String argument) {
    return Arrays.stream(values()).filter(mode -> mode.argument.equals(argument)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown mode " + argument));
  }
}
