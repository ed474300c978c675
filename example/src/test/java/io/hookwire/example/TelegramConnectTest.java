package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.runtime.MountReport;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The Telegram receiver connecting its webhook at start-up, against a fake Bot API on loopback. */
class TelegramConnectTest {
  private static final String SLACK_MESSAGE = "{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\","
      + "\"channel\":\"C1\",\"user\":\"U1\",\"text\":\"Still serving\",\"ts\":\"1700000000.000001\"}}";

  @Test
  void aWebhookNotSetIsSetOnceWithTheUrlTheSecretAndTheUpdates() throws Exception {
    try (TestServer server = TestServer.start(new FakeBotApi())) {
      List<FakeBotApi.Call> setWebhook = server.botApi.calls("setWebhook");

      assertEquals(1, setWebhook.size());
      JsonNode parameters = setWebhook.get(0).parameters();
      assertEquals(TestServer.TELEGRAM_WEBHOOK_URL, parameters.path("url").asText());
      assertEquals(TestServer.TELEGRAM_SECRET, parameters.path("secret_token").asText());
      assertEquals(List.of("message", "edited_message", "channel_post", "edited_channel_post"), texts(parameters.path("allowed_updates")));
      assertEquals("/bot" + TestServer.BOT_TOKEN + "/setWebhook", setWebhook.get(0).path());
      assertTrue(mountedNames(server.server.report()).contains("telegram_events_handler"));
    }
  }

  @Test
  void aWebhookSetAlreadyIsLeftAlone() throws Exception {
    try (TestServer server = TestServer.start(new FakeBotApi().webhookSetTo(TestServer.TELEGRAM_WEBHOOK_URL))) {
      assertEquals(1, server.botApi.calls("getWebhookInfo").size());
      assertEquals(0, server.botApi.calls("setWebhook").size());
      assertTrue(mountedNames(server.server.report()).contains("telegram_events_handler"));
    }
  }

  @Test
  void aRefusedWebhookLeavesTelegramUnmountedAndTheOthersServing() throws Exception {
    FakeBotApi botApi = new FakeBotApi().setWebhookAnswers(400,
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: bad webhook: HTTPS url must be provided for webhook\"}");
    try (TestServer server = TestServer.start(botApi)) {
      MountReport report = server.server.report();

      assertFalse(mountedNames(report).contains("telegram_events_handler"));
      Exception cause = report.failed().get("telegram_events_handler");
      assertTrue(cause.getMessage().contains("HTTPS url must be provided for webhook"), cause.getMessage());
      assertFalse(cause.getMessage().contains(TestServer.BOT_TOKEN), "the bot token must not be in: " + cause.getMessage());
      assertEquals(List.of("discord_interactions_handler", "github_events_handler", "slack_commands_handler",
          "slack_events_handler"), mountedNames(report));
      assertEquals(404, server.post("/telegram/events/" + TestServer.BOT_TOKEN, "{}").statusCode());
      assertEquals(200, server.postToSlack(SLACK_MESSAGE).statusCode());
      assertEquals(1, server.posts().size());
    }
  }

  @Test
  void anOkFalseAnswerWith200IsAFailureToo() throws Exception {
    FakeBotApi botApi = new FakeBotApi().setWebhookAnswers(200, "{\"ok\":false,\"description\":\"Unauthorized\"}");
    try (TestServer server = TestServer.start(botApi)) {
      assertTrue(server.server.report().failed().get("telegram_events_handler").getMessage().contains("Unauthorized"));
    }
  }

  private static List<String> mountedNames(MountReport report) {
    return report.mounted().stream().map(MountReport.MountedRoute::name).sorted().toList();
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
