package io.hookwire.example.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.ExampleConfig;
import io.hookwire.example.telegram.TelegramReceiver;
import io.hookwire.test.Signers;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deliveries shaped and signed as each provider sends them, with the secrets of a configuration:
 * what the {@code send} command and the demo's start-up post to the server.
 */
public final class SampleDeliveries {
  /** The channel of sample Slack messages. */
  public static final String SLACK_CHANNEL = "C0HOOKWIRE";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern URL = Pattern.compile("https?://[^\\s]+");
  private static final String REPOSITORY = "octocat/Hello-World";
  private static final String REPOSITORY_URL = "https://github.com/" + REPOSITORY;

  private final ExampleConfig config;
  private final Clock clock;

  /** Samples signed with {@code config}'s secrets, dated by {@code clock}. */
  public SampleDeliveries(ExampleConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** A new Slack {@code ts} (a message's id): seconds and microseconds of now. */
  public String newSlackTs() {
    Instant now = clock.instant();
    return now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000);
  }

  /** A message posted in Slack, with id {@code ts}. */
  public OutgoingDelivery slackMessage(String ts, String text) {
    Map<String, Object> event = Map.of(
        "type", "message", "channel", SLACK_CHANNEL, "user", "U0ADA", "text", text, "ts", ts,
        "user_profile", Map.of("display_name", "Ada Lovelace", "real_name", "Ada Lovelace"));
    return slack(event);
  }

  /** The message with id {@code ts} edited in Slack to say {@code text}. */
  public OutgoingDelivery slackEdit(String ts, String text) {
    Map<String, Object> event = Map.of(
        "type", "message", "subtype", "message_changed", "channel", SLACK_CHANNEL, "ts", newSlackTs(),
        "message", Map.of("type", "message", "user", "U0ADA", "text", text, "ts", ts));
    return slack(event);
  }

  private OutgoingDelivery slack(Map<String, Object> event) {
    String body = json(Map.of(
        "type", "event_callback", "team_id", "T0HOOKWIRE", "api_app_id", "A0HOOKWIRE",
        "event_id", "Ev" + randomHex(5).toUpperCase(Locale.ROOT), "event_time", clock.instant().getEpochSecond(), "event", event));
    Map<String, String> signed = Signers.slack(config.slackSigningSecret().value()).at(clock.instant()).headers(body);
    return new OutgoingDelivery("slack", "/slack/events", signed, body);
  }

  /** A message sent to the bot in a Telegram group. */
  public OutgoingDelivery telegramMessage(String text) {
    long id = clock.millis();
    Map<String, Object> message = Map.of(
        "message_id", id % 1_000_000_000L, "date", clock.instant().getEpochSecond(), "text", text,
        "entities", urlEntities(text),
        "chat", Map.of("id", -1001234567890L, "type", "supergroup", "title", "Hookwire live"),
        "from", Map.of("id", 42, "is_bot", false, "first_name", "Grace", "last_name", "Hopper"));
    String body = json(Map.of("update_id", id % 1_000_000_000L, "message", message));
    String token = config.telegram().botToken().value();
    return new OutgoingDelivery("telegram", TelegramReceiver.PATH_PREFIX + token,
        Signers.telegram(config.telegram().secretToken().value()).headers(body), body);
  }

  /** The {@code url} entities Telegram would mark in {@code text}; offsets count UTF-16 units, as Java does. */
  private static List<Map<String, Object>> urlEntities(String text) {
    return URL.matcher(text).results()
        .map(url -> Map.<String, Object>of("type", "url", "offset", url.start(), "length", url.end() - url.start()))
        .toList();
  }

  /** A push to the sample repository's {@code main} of one commit per message. */
  public OutgoingDelivery githubPush(String... messages) {
    List<Map<String, Object>> commits = Arrays.stream(messages)
        .map(message -> Map.<String, Object>of("id", randomHex(20), "message", message,
            "url", REPOSITORY_URL + "/commits/main", "author", Map.of("name", "Linus", "username", "octocat")))
        .toList();
    String body = json(Map.of(
        "ref", "refs/heads/main", "compare", REPOSITORY_URL + "/commits/main", "commits", commits,
        "repository", repository(), "pusher", Map.of("name", "octocat"), "sender", Map.of("login", "octocat")));
    return github("push", body);
  }

  /** An issue with {@code title} opened in the sample repository. */
  public OutgoingDelivery githubIssue(String title) {
    String body = json(Map.of(
        "action", "opened", "repository", repository(), "sender", Map.of("login", "octocat"),
        "issue", Map.of("number", 1347, "title", title, "html_url", REPOSITORY_URL + "/issues/1347")));
    return github("issues", body);
  }

  private OutgoingDelivery github(String event, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-GitHub-Event", event);
    headers.put("X-GitHub-Delivery", UUID.randomUUID().toString());
    headers.putAll(Signers.github(config.githubWebhookSecret().value()).headers(body));
    return new OutgoingDelivery("github", "/github/events", headers, body);
  }

  private static Map<String, Object> repository() {
    return Map.of("full_name", REPOSITORY, "html_url", REPOSITORY_URL);
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
