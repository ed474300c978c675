package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A request for a path no receiver has is logged by the path's first segment only: paths may carry
 * secrets, as Telegram's carry the bot token, and a sender still posting to a receiver that is not
 * mounted must not write that token into the log.
 */
class NotFoundLogTest {

  @Test
  void onlyTheFirstSegmentOfALongerPathIsShown() {
    assertEquals("/telegram/…", Pipeline.firstSegment("/telegram/events/123456:secret"));
  }

  @Test
  void aPathOfOneSegmentIsShownWhole() {
    assertEquals("/slack", Pipeline.firstSegment("/slack"));
    assertEquals("/", Pipeline.firstSegment("/"));
  }

  @Test
  void aTrailingSlashHidesNothingAndIsShownCut() {
    assertEquals("/slack/…", Pipeline.firstSegment("/slack/"));
  }
}
