package io.hookwire.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The waits between attempts double from the first one, up to the longest. */
class BackoffTest {

  @Test
  void theWaitDoublesAfterEachAttemptUpToTheLongest() {
    Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    List<Long> waits = IntStream.rangeClosed(1, 7).mapToObj(attempt -> backoff.after(attempt).toSeconds()).toList();

    assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), waits);
  }

  @Test
  void aVeryLateAttemptStillWaitsTheLongest() {
    assertEquals(Duration.ofSeconds(30), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)).after(10_000));
  }

  @Test
  void noInitialWaitMeansNoWait() {
    assertEquals(Duration.ZERO, new Backoff(Duration.ZERO, Duration.ofSeconds(30)).after(3));
  }
}
