package io.hookwire.runtime.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The time a body has to arrive, as the readers ask it: how much is left, and whether it is up. */
class BodyDeadlineTest {

  @Test
  void aDeadlineFarAheadHasNotPassedAndHasAtMostItsTimeoutLeft() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ofHours(1));

    assertFalse(deadline.passed());
    long left = deadline.millisLeft();
    assertTrue(left > 0 && left <= Duration.ofHours(1).toMillis(), "left: " + left);
  }

  @Test
  void aDeadlineOfNoTimeHasPassedAtOnceWithNothingLeft() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ZERO);

    assertTrue(deadline.passed());
    assertTrue(deadline.millisLeft() <= 0);
  }

  @Test
  void theTimeLeftNeverGrows() {
    BodyDeadline deadline = BodyDeadline.after(Duration.ofMinutes(5));
    long previous = deadline.millisLeft();
    for (int i = 0; i < 1000; i++) {
      long left = deadline.millisLeft();
      assertTrue(left <= previous, left + " after " + previous);
      previous = left;
    }
  }

  @Test
  void itKeepsTheTimeoutTheClientWasGivenForTheLog() {
    assertEquals(Duration.ofSeconds(30), BodyDeadline.after(Duration.ofSeconds(30)).timeout());
  }
}
