package io.hookwire.example.send;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.ExampleConfig;
import io.hookwire.example.discord.DiscordReceiver;
import io.hookwire.example.discord.Ed25519Seeds;
import io.hookwire.example.telegram.TelegramReceiver;
import io.hookwire.test.Signers;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Deliveries shaped and signed as each provider sends them, with the secrets of a configuration:
 * what the {@code send} command and the demo's start-up post to the server.
 */
public final class SampleDeliveries {
  /** The channel of sample Slack messages. */
  public static final String SLACK_CHANNEL = "C0HOOKWIRE";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong LAST_TELEGRAM_ID = new AtomicLong();
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

  /**
   * A slash command run in Slack, such as {@code /post Hello}: a form, signed as Slack signs it.
   * Text that does not start with a command is given to {@code /post}.
   */
  public OutgoingDelivery slackCommand(String commandLine) {
    String line = commandLine.strip();
    boolean named = line.startsWith("/");
    int space = line.indexOf(' ');
    String command = !named ? "/post" : space < 0 ? line : line.substring(0, space);
    String text = !named ? line : space < 0 ? "" : line.substring(space + 1).strip();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", "demo-verification-token");
    fields.put("team_id", "T0HOOKWIRE");
    fields.put("team_domain", "hookwire");
    fields.put("channel_id", SLACK_CHANNEL);
    fields.put("channel_name", "live");
    fields.put("user_id", "U0ADA");
    fields.put("user_name", "ada");
    fields.put("command", command);
    fields.put("text", text);
    fields.put("api_app_id", "A0HOOKWIRE");
    fields.put("response_url", "https://hooks.slack.com/commands/T0HOOKWIRE/1/" + randomHex(8));
    fields.put("trigger_id", clock.millis() + "." + randomHex(6));
    String body = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    Map<String, String> signed = Signers.slack(config.slackSigningSecret().value()).at(clock.instant()).headers(body);
    return new OutgoingDelivery("slack", "/slack/commands", signed, OutgoingDelivery.FORM, body);
  }

  /**
   * Discord's {@code /post} slash command with {@code text}, signed with the configured signing
   * key, or empty when there is none (a real application's key is Discord's alone).
   */
  public Optional<OutgoingDelivery> discordCommand(String text) {
    if (config.discord().signingKey().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> data = Map.of("id", "1", "name", DiscordReceiver.POST_COMMAND, "type", 1,
        "options", List.of(Map.of("name", DiscordReceiver.TEXT_OPTION, "type", 3, "value", text)));
    String body = json(Map.of(
        "id", Long.toString(clock.millis()) + RANDOM.nextInt(1000), "application_id", "1", "type", 2,
        "token", "demo-interaction-token", "version", 1, "data", data, "guild_id", "2", "channel_id", "3",
        "channel", Map.of("id", "3", "name", "live", "type", 0),
        "member", Map.of("nick", "", "user", Map.of("id", "4", "username", "katherine", "global_name", "Katherine Johnson"))));
    Map<String, String> signed = Signers.discord(Ed25519Seeds.keyPair(config.discord().signingKey().get()))
        .at(clock.instant()).headers(body);
    return Optional.of(new OutgoingDelivery("discord", "/discord/interactions", signed, body));
  }

  /** A message sent to the bot in a Telegram group. */
  public OutgoingDelivery telegramMessage(String text) {
    return telegram(Map.of("text", text, "entities", urlEntities(text)));
  }

  /** A photo sent to the bot in a Telegram group, in two sizes, with {@code caption} unless it is empty. */
  public OutgoingDelivery telegramPhoto(String fileId, String caption) {
    List<Map<String, Object>> sizes = List.of(
        Map.of("file_id", fileId + "-small", "file_unique_id", "small", "width", 90, "height", 51, "file_size", 1200),
        Map.of("file_id", fileId, "file_unique_id", "large", "width", 320, "height", 180, "file_size", 9000));
    return telegram(caption.isEmpty() ? Map.of("photo", sizes)
        : Map.of("photo", sizes, "caption", caption, "caption_entities", urlEntities(caption)));
  }

  private OutgoingDelivery telegram(Map<String, Object> content) {
    long id = nextTelegramId();
    Map<String, Object> message = new LinkedHashMap<>(Map.of(
        "message_id", id, "date", clock.instant().getEpochSecond(),
        "chat", Map.of("id", -1001234567890L, "type", "supergroup", "title", "Hookwire live"),
        "from", Map.of("id", 42, "is_bot", false, "first_name", "Grace", "last_name", "Hopper")));
    message.putAll(content);
    String body = json(Map.of("update_id", id, "message", message));
    String token = config.telegram().botToken().value();
    return new OutgoingDelivery("telegram", TelegramReceiver.PATH_PREFIX + token,
        Signers.telegram(config.telegram().secretToken().value()).headers(body), body);
  }

  /**
   * A message and update id from the clock, as Telegram's grow, but never one given before: two
   * messages sent within one millisecond (the demo sends several at start) must stay two posts.
   */
  private long nextTelegramId() {
    long now = clock.millis() % 1_000_000_000L;
    return LAST_TELEGRAM_ID.updateAndGet(last -> Math.max(last + 1, now));
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

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
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
