package io.hookwire.example;

import io.hookwire.test.Signers;
import java.time.Instant;

/** The signature headers' values for the tests' hand-built deliveries, signed by the test kit. */
final class ProviderSigning {
  private ProviderSigning() {}

  /** Slack's {@code X-Slack-Signature} of {@code body} sent at {@code timestamp}, in epoch seconds. */
  static String slack(String secret, String timestamp, String body) {
    return Signers.slack(secret).at(Instant.ofEpochSecond(Long.parseLong(timestamp))).headers(body)
        .get("X-Slack-Signature");
  }

  /** GitHub's {@code X-Hub-Signature-256} of {@code body}. */
  static String github(String secret, String body) {
    return Signers.github(secret).headers(body).get("X-Hub-Signature-256");
  }
}
