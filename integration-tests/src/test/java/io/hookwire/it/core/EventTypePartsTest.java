package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.contract.LogCapture;
import io.hookwire.it.core.receivers.IssueEvents;
import io.hookwire.it.core.receivers.SlackEventTypes;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import org.junit.jupiter.api.Test;

/**
 * Event types of several parts through {@link Hookwire#handle}: the parts are read in order, the
 * header first, up to the first absent one, and the handler that names the most of them takes
 * the delivery, then the catch-all. A part that is not a scalar ends the type; one too long for
 * any sender is a {@code 400} with an {@code INFO} line.
 */
class EventTypePartsTest {
  private final Hookwire hookwire = Hookwire.builder().only(IssueEvents.class, SlackEventTypes.class).build();

  private WebhookResponse github(String event, String body) {
    return hookwire.handle(WebhookRequest.builder().path("/issue-events")
        .header("Content-Type", "application/json").header("X-GitHub-Event", event).body(body).build());
  }

  private WebhookResponse slack(String body) {
    return hookwire.handle(WebhookRequest.builder().path("/slack-event-types")
        .header("Content-Type", "application/json").body(body).build());
  }

  private static void assertAnswer(String expected, WebhookResponse response) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(expected, response.body());
  }

  @Test
  void theHandlerOfBothPartsTakesTheDelivery() {
    assertAnswer("opened #7", github("issues", "{\"action\":\"opened\",\"issue\":{\"number\":7}}"));
    assertAnswer("opened #8", github("issues", "{\"action\":\"reopened\",\"issue\":{\"number\":8}}"));
  }

  @Test
  void theHandlerOfTheFirstPartTakesEveryOtherSecondPart() {
    assertAnswer("issues closed", github("issues", "{\"action\":\"closed\",\"issue\":{\"number\":7}}"));
  }

  @Test
  void anAbsentSecondPartEndsTheType() {
    assertAnswer("issues -", github("issues", "{\"issue\":{\"number\":7}}"));
    assertAnswer("ping", github("ping", "{\"zen\":\"Design for failure.\",\"hook_id\":1}"));
  }

  @Test
  void anObjectWhereAPartShouldBeEndsTheTypeThere() {
    assertAnswer("issues -", github("issues", "{\"action\":{\"name\":\"opened\"}}"));
    assertAnswer("issues -", github("issues", "{\"action\":null}"));
    assertAnswer("callback", slack("{\"type\":\"event_callback\",\"event\":{\"type\":{\"id\":\"C1\"}}}"));
  }

  @Test
  void aTypeNoHandlerNamesGoesToTheCatchAll() {
    assertAnswer("rest", github("push", "{\"ref\":\"refs/heads/main\"}"));
    assertAnswer("rest", github("pull_request", "{\"action\":\"opened\"}"));
  }

  @Test
  void withoutTheHeaderTheBodyIsNotReadForTheType() {
    // The body is not JSON: reading it for /action would answer 400.
    assertAnswer("rest", hookwire.handle(WebhookRequest.builder().path("/issue-events").body("not json").build()));
  }

  @Test
  void aPartThatHoldsADotMatchesNoHandlerOfTwoParts() {
    assertAnswer("rest", github("issues.opened", "{\"issue\":{\"number\":7}}"));
  }

  @Test
  void slackTypesOfTwoPartsAndOne() {
    assertAnswer("message hi",
        slack("{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"hi\"}}"));
    assertAnswer("callback", slack("{\"type\":\"event_callback\",\"event\":{\"type\":\"team_join\","
        + "\"user\":{\"id\":\"U1\"}}}"));
    assertAnswer("abc", slack("{\"type\":\"url_verification\",\"challenge\":\"abc\"}"));
  }

  @Test
  void withoutACatchAllAnUnnamedTypeIsAcknowledged() {
    WebhookResponse response = slack("{\"type\":\"app_rate_limited\",\"minute_rate_limited\":1518467820}");

    assertEquals(200, response.status());
    assertEquals("OK", response.body());
  }

  @Test
  void anOverlongPartIsABadRequestLoggedAtInfo() {
    String action = "x".repeat(257);
    try (LogCapture log = LogCapture.start()) {
      WebhookResponse response = github("issues", "{\"action\":\"" + action + "\"}");

      assertEquals(400, response.status());
      assertTrue(log.lines().stream().anyMatch(line -> line.contains(" INFO ")
          && line.contains("event type part of 257 characters")), () -> log.lines().toString());
      assertTrue(log.lines().stream().noneMatch(line -> line.contains(action)), () -> log.lines().toString());
    }
  }

  @Test
  void aPartOfTheLongestLengthIsRead() {
    assertAnswer("rest", github("issues".replace("issues", "i".repeat(256)), "{}"));
  }

  @Test
  void anOverlongHeaderIsABadRequestToo() {
    assertEquals(400, github("i".repeat(257), "{}").status());
  }
}
