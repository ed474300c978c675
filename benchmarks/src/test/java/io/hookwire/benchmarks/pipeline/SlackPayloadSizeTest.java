package io.hookwire.benchmarks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.benchmarks.fixture.SlackDelivery;
import org.junit.jupiter.api.Test;

/** The figures speak of a 2 KiB delivery: keep it one. */
class SlackPayloadSizeTest {
  @Test
  void theBodyIsTwoKibibytes() {
    assertEquals(2048, SlackDelivery.signedNow().body().length);
  }
}
