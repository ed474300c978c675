package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.DeliveryLog.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The default delivery log stays within its size and time bounds. */
class InMemoryDeliveryLogTest {
  private Instant now = Instant.parse("2026-11-30T12:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void aHandledDeliveryIsRememberedForTheWindowAndThenForgotten() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(10, Duration.ofHours(1), clock);
    assertEquals(Claim.ACQUIRED, log.claim(key("r", "1")));
    log.handled(key("r", "1"));

    now = now.plus(Duration.ofMinutes(59));
    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("r", "1")));
    now = now.plus(Duration.ofMinutes(2));
    assertEquals(Claim.ACQUIRED, log.claim(key("r", "1")));
  }

  @Test
  void aFailedDeliveryCanBeClaimedAgain() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(10, Duration.ofHours(1), clock);
    log.claim(key("r", "1"));
    assertEquals(Claim.IN_PROGRESS, log.claim(key("r", "1")));
    log.failed(key("r", "1"));

    assertEquals(Claim.ACQUIRED, log.claim(key("r", "1")));
  }

  @Test
  void theOldestDeliveriesGoFirstWhenTheLogIsFull() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(3, Duration.ofHours(1), clock);
    for (int i = 1; i <= 4; i++) {
      log.claim(key("r", String.valueOf(i)));
      log.handled(key("r", String.valueOf(i)));
    }

    assertEquals(3, log.size());
    assertEquals(Claim.ACQUIRED, log.claim(key("r", "1")));
    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("r", "4")));
  }

  @Test
  void receiversHaveIdsOfTheirOwn() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(10, Duration.ofHours(1), clock);
    log.claim(key("slack", "1"));
    log.handled(key("slack", "1"));

    assertEquals(Claim.ACQUIRED, log.claim(key("github", "1")));
  }

  @Test
  void theSameIdWithAnotherBodyIsAnotherDelivery() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(10, Duration.ofHours(1), clock);
    log.claim(key("r", "F", "replayed"));
    log.handled(key("r", "F", "replayed"));

    assertEquals(Claim.ACQUIRED_OTHER_BODY, log.claim(key("r", "F", "genuine")));
    assertEquals(Claim.IN_PROGRESS, log.claim(key("r", "F", "genuine")));
    log.handled(key("r", "F", "genuine"));

    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("r", "F", "genuine")));
    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("r", "F", "replayed")));
    assertEquals(1, log.size());
  }

  @Test
  void aDeliveryInProgressIsNeverEvictedToMakeRoom() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(3, Duration.ofHours(1), clock);
    log.claim(key("r", "slow"));
    for (int i = 1; i <= 10; i++) {
      log.claim(key("r", String.valueOf(i)));
      log.handled(key("r", String.valueOf(i)));
    }

    assertEquals(Claim.IN_PROGRESS, log.claim(key("r", "slow")));
    assertEquals(3, log.size());
  }

  @Test
  void aDeliveryInProgressOutlivesTheWindowUntilItIsSettled() {
    InMemoryDeliveryLog log = new InMemoryDeliveryLog(10, Duration.ofHours(1), clock);
    log.claim(key("r", "slow"));

    now = now.plus(Duration.ofHours(2));
    assertEquals(Claim.IN_PROGRESS, log.claim(key("r", "slow")));
    log.handled(key("r", "slow"));

    assertEquals(Claim.ALREADY_HANDLED, log.claim(key("r", "slow")));
  }

  @Test
  void boundsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new InMemoryDeliveryLog(0, Duration.ofHours(1)));
    assertThrows(IllegalArgumentException.class, () -> new InMemoryDeliveryLog(10, Duration.ZERO));
  }

  private static DeliveryKey key(String receiver, String id) {
    return key(receiver, id, "body");
  }

  private static DeliveryKey key(String receiver, String id, String body) {
    return new DeliveryKey(receiver, id, body);
  }
}
