package io.hookwire.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared log answers claims as the in-memory log does, for one instance and across instances:
 * each {@link PostgresDeliveryLog} here stands for one instance of an application.
 */
class PostgresDeliveryLogTest {
  private static final String TABLE = "log_contract_test";

  @RegisterExtension
  final OpenLogs logs = new OpenLogs(TABLE);

  private PostgresDeliveryLog instance() {
    return logs.open();
  }

  @Test
  void aHandledDeliveryIsRepeatedForEveryInstance() {
    PostgresDeliveryLog first = instance();
    PostgresDeliveryLog second = instance();
    assertEquals(Claim.ACQUIRED, first.claim(key("r", "1")));
    first.handled(key("r", "1"));

    assertEquals(Claim.ALREADY_HANDLED, first.claim(key("r", "1")));
    assertEquals(Claim.ALREADY_HANDLED, second.claim(key("r", "1")));
  }

  @Test
  void aDeliveryInProgressIsInProgressForEveryInstance() {
    PostgresDeliveryLog first = instance();
    PostgresDeliveryLog second = instance();
    assertEquals(Claim.ACQUIRED, first.claim(key("r", "1")));

    assertEquals(Claim.IN_PROGRESS, first.claim(key("r", "1")));
    assertEquals(Claim.IN_PROGRESS, second.claim(key("r", "1")));
  }

  @Test
  void aFailedDeliveryIsReleasedForAnyInstanceToClaim() {
    PostgresDeliveryLog first = instance();
    PostgresDeliveryLog second = instance();
    first.claim(key("r", "1"));
    first.failed(key("r", "1"));

    assertEquals(Claim.ACQUIRED, second.claim(key("r", "1")));
    assertEquals(0, TestDatabase.count("SELECT count(*) FROM " + TABLE + " WHERE state = 'handled'"));
  }

  @Test
  void onlyTheInstanceHoldingAClaimReleasesIt() {
    PostgresDeliveryLog holder = instance();
    PostgresDeliveryLog other = instance();
    holder.claim(key("r", "1"));

    other.failed(key("r", "1"));

    assertEquals(Claim.IN_PROGRESS, other.claim(key("r", "1")));
  }

  @Test
  void receiversHaveIdsOfTheirOwn() {
    PostgresDeliveryLog log = instance();
    log.claim(key("slack", "1"));
    log.handled(key("slack", "1"));

    assertEquals(Claim.ACQUIRED, log.claim(key("github", "1")));
  }

  @Test
  void theSameIdWithAnotherBodyIsAnotherDelivery() {
    PostgresDeliveryLog first = instance();
    PostgresDeliveryLog second = instance();
    first.claim(key("r", "F", "replayed"));
    first.handled(key("r", "F", "replayed"));

    assertEquals(Claim.ACQUIRED_OTHER_BODY, second.claim(key("r", "F", "genuine")));
    assertEquals(Claim.IN_PROGRESS, first.claim(key("r", "F", "genuine")));
    second.handled(key("r", "F", "genuine"));

    assertEquals(Claim.ALREADY_HANDLED, first.claim(key("r", "F", "genuine")));
    assertEquals(Claim.ALREADY_HANDLED, first.claim(key("r", "F", "replayed")));
  }

  @Test
  void anotherBodyIsToldApartFromABodyInProgress() {
    PostgresDeliveryLog log = instance();
    log.claim(key("r", "F", "first"));

    assertEquals(Claim.ACQUIRED_OTHER_BODY, log.claim(key("r", "F", "second")));
  }

  @Test
  void aBodyFailedUnderAnIdLeavesNoTraceForTheNextBody() {
    PostgresDeliveryLog log = instance();
    log.claim(key("r", "F", "first"));
    log.failed(key("r", "F", "first"));

    assertEquals(Claim.ACQUIRED, log.claim(key("r", "F", "second")));
  }

  @Test
  void aDeliveryHandledWithoutAClaimHereIsRecorded() {
    PostgresDeliveryLog log = instance();

    log.handled(key("r", "1"));

    assertEquals(Claim.ALREADY_HANDLED, instance().claim(key("r", "1")));
  }

  private static DeliveryKey key(String receiver, String id) {
    return key(receiver, id, "body");
  }

  private static DeliveryKey key(String receiver, String id, String body) {
    return new DeliveryKey(receiver, id, body);
  }
}
