package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A claim's lease: renewed while its instance lives, so a slow handler keeps its delivery; ended
 * when its instance is gone, so that a retry runs elsewhere; and an instance whose lease was taken
 * over cannot undo its successor's claim. An instance that "crashes" here is one closed, which
 * stops its renewals, and whose lease is then made to end by setting its end in the past.
 */
class LeaseTest {
  private static final String TABLE = "log_lease_test";
  private static final DeliveryKey KEY = new DeliveryKey("r", "1", "body");

  @RegisterExtension
  final OpenLogs logs = new OpenLogs(TABLE);

  private PostgresDeliveryLog instance() {
    return logs.open();
  }

  private PostgresDeliveryLog instance(Duration lease) {
    return logs.open(settings -> settings.lease(lease));
  }

  private static void crash(PostgresDeliveryLog instance) {
    instance.close();
    TestDatabase.execute("UPDATE " + TABLE + " SET lease_until = now() - interval '1 second'");
  }

  @Test
  void aCrashedInstancesClaimIsTakenByAnotherOnceItsLeaseEnds() {
    PostgresDeliveryLog crashed = instance();
    PostgresDeliveryLog survivor = instance();
    assertEquals(Claim.ACQUIRED, crashed.claim(KEY));
    assertEquals(Claim.IN_PROGRESS, survivor.claim(KEY));

    crash(crashed);

    assertEquals(Claim.ACQUIRED, survivor.claim(KEY));
    assertEquals(Claim.IN_PROGRESS, instance().claim(KEY));
    survivor.handled(KEY);
    assertEquals(Claim.ALREADY_HANDLED, instance().claim(KEY));
  }

  @Test
  void aLeaseIsRenewedWhileItsDeliveryIsBeingHandled() throws InterruptedException {
    PostgresDeliveryLog log = instance(Duration.ofSeconds(1));
    log.claim(KEY);

    // Claimed with a lease of a second; renewed every third of one, each time for a second more.
    awaitRows("lease_until > updated_at + interval '1.2 seconds'");
  }

  @Test
  void aLeaseIsNoLongerRenewedOnceItsDeliveryIsSettled() throws InterruptedException {
    PostgresDeliveryLog log = instance(Duration.ofSeconds(1));
    log.claim(KEY);
    log.failed(KEY);
    log.claim(new DeliveryKey("r", "2", "body"));
    log.handled(new DeliveryKey("r", "2", "body"));
    DeliveryKey stillHeld = new DeliveryKey("r", "3", "body");
    log.claim(stillHeld);

    awaitRows("delivery_id = '3' AND lease_until > updated_at + interval '1.2 seconds'");
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM " + TABLE
        + " WHERE delivery_id <> '3' AND lease_until > updated_at + interval '1 second'"));
  }

  @Test
  void anInstanceWhoseLeaseWasTakenCannotReleaseItsSuccessorsClaim() {
    PostgresDeliveryLog slow = instance();
    PostgresDeliveryLog successor = instance();
    slow.claim(KEY);
    crash(slow);
    assertEquals(Claim.ACQUIRED, successor.claim(KEY));

    slow.failed(KEY);

    assertEquals(Claim.IN_PROGRESS, instance().claim(KEY));
  }

  @Test
  void aDeliveryHandledByAnInstanceWhoseLeaseWasTakenStaysHandled() {
    PostgresDeliveryLog slow = instance();
    PostgresDeliveryLog successor = instance();
    slow.claim(KEY);
    crash(slow);
    successor.claim(KEY);

    slow.handled(KEY);
    successor.failed(KEY);

    assertEquals(Claim.ALREADY_HANDLED, instance().claim(KEY));
  }

  @Test
  void aClaimHeldHereStaysInProgressHereEvenPastItsLease() {
    PostgresDeliveryLog log = instance();
    log.claim(KEY);

    crash(log);

    // This instance knows its handler still runs; another takes the claim, as from a crashed one.
    assertEquals(Claim.IN_PROGRESS, log.claim(KEY));
    assertEquals(Claim.ACQUIRED, instance().claim(KEY));
  }

  /** Waits until a row matches {@code condition}: only the renewal thread can make it so. */
  private static void awaitRows(String condition) throws InterruptedException {
    String query = "SELECT count(*) FROM " + TABLE + " WHERE " + condition;
    for (int attempt = 0; attempt < 600; attempt++) {
      if (TestDatabase.count(query) > 0) {
        return;
      }
      Thread.sleep(50);
    }
    assertTrue(TestDatabase.count(query) > 0, "no row matched within 30 seconds: " + condition);
  }
}
