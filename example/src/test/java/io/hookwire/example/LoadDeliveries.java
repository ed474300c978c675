package io.hookwire.example;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Signed deliveries for the load tests, each of which the example turns into exactly one post.
 * A batch is mostly Slack messages, with a GitHub issue and a Telegram message every tenth
 * delivery. Every delivery has an id of its own (Slack's {@code event_id}, {@code X-GitHub-Delivery},
 * Telegram's {@code update_id}) and a post key of its own; batches with different {@code run}
 * numbers share neither. The same {@code run} and {@code count} always give the same deliveries.
 */
final class LoadDeliveries {
  static final String SLACK_RECEIVER = "slack_events_handler";
  static final String GITHUB_RECEIVER = "github_events_handler";
  static final String TELEGRAM_RECEIVER = "telegram_events_handler";

  private LoadDeliveries() {}

  /**
   * One delivery.
   *
   * @param receiver the name of the receiver it is for
   * @param deliveryId the id the receiver's {@code @Webhook} points at
   * @param headers computed for each sending: Slack's signature covers the time it is sent
   */
  record Delivery(String receiver, String deliveryId, String path, String body, Supplier<String[]> headers) {
    /** The same delivery, with {@code extra} headers (name, value, name, value…) after its own. */
    Delivery withHeaders(String... extra) {
      return new Delivery(receiver, deliveryId, path, body, () -> concat(headers.get(), extra));
    }
  }

  /** {@code count} deliveries from all three sources. */
  static List<Delivery> mixed(int run, int count) {
    return IntStream.range(0, count).mapToObj(n -> switch (n % 10) {
      case 3 -> githubIssue(run, n);
      case 7 -> telegramMessage(run, n);
      default -> slackMessage(run, n);
    }).toList();
  }

  /** {@code count} Slack messages. */
  static List<Delivery> slack(int run, int count) {
    return IntStream.range(0, count).mapToObj(n -> slackMessage(run, n)).toList();
  }

  /** A message in channel {@code CLOAD<run>}, with Slack's markup for a link and an entity. */
  private static Delivery slackMessage(int run, int n) {
    String eventId = "EvLOAD" + run + "x" + n;
    String body = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,\"event\":{\"type\":\"message\","
        + "\"channel\":\"CLOAD" + run + "\",\"user\":\"U42\",\"text\":\"Update " + n + " from the newsroom: "
        + "<https://example.org/live/" + n + "|the live page> &amp; more\",\"ts\":\"1700000000." + String.format("%06d", n)
        + "\",\"channel_type\":\"channel\"}}";
    return new Delivery(SLACK_RECEIVER, eventId, "/slack/events", body, () -> {
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      return new String[] {"X-Slack-Request-Timestamp", timestamp,
          "X-Slack-Signature", ProviderSigning.slack(TestServer.SLACK_SECRET, timestamp, body)};
    });
  }

  /** An issue opened in repository {@code acme/load-<run>}. */
  private static Delivery githubIssue(int run, int n) {
    String repository = "acme/load-" + run;
    String deliveryId = UUID.nameUUIDFromBytes(("load " + run + " " + n).getBytes(StandardCharsets.UTF_8)).toString();
    String body = "{\"action\":\"opened\",\"issue\":{\"number\":" + n + ",\"title\":\"Issue " + n + " under load\","
        + "\"html_url\":\"https://github.com/" + repository + "/issues/" + n + "\",\"user\":{\"login\":\"mona\"}},"
        + "\"repository\":{\"full_name\":\"" + repository + "\",\"html_url\":\"https://github.com/" + repository + "\"},"
        + "\"sender\":{\"login\":\"mona\"}}";
    String[] headers = {"X-GitHub-Event", "issues", "X-GitHub-Delivery", deliveryId,
        "X-Hub-Signature-256", ProviderSigning.github(TestServer.GITHUB_SECRET, body)};
    return new Delivery(GITHUB_RECEIVER, deliveryId, "/github/events", body, () -> headers);
  }

  /** A message in chat {@code -100200000000 - run}. */
  private static Delivery telegramMessage(int run, int n) {
    String updateId = Long.toString(run * 10_000_000L + n);
    String body = "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + n + ","
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Grace\",\"last_name\":\"Hopper\"},"
        + "\"chat\":{\"id\":" + (-100200000000L - run) + ",\"title\":\"Newsroom\",\"type\":\"supergroup\"},"
        + "\"date\":1700000000,\"text\":\"Message " + n + ": https://example.org/" + n + "\","
        + "\"entities\":[{\"type\":\"url\",\"offset\":" + ("Message " + n + ": ").length() + ",\"length\":"
        + ("https://example.org/" + n).length() + "}]}}";
    String[] headers = {"X-Telegram-Bot-Api-Secret-Token", TestServer.TELEGRAM_SECRET};
    return new Delivery(TELEGRAM_RECEIVER, updateId, "/telegram/events/" + TestServer.BOT_TOKEN, body, () -> headers);
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
