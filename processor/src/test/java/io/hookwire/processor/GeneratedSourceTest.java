package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What the processor writes, compared with reviewed golden files: the code users read when debugging. */
class GeneratedSourceTest {
  static final JavaFileObject SLACK = Sources.source("SlackReceiver", """
      @Webhook(path = "/slack/events", name = "slack_events_handler", typePointer = "/type")
      public class SlackReceiver {
        public record UrlVerification(String challenge) {}
        public record EventCallback(String team_id, Map<String, Object> event) {}

        @Verify
        void verify(WebhookRequest request) throws RequestVerificationException {
          if (request.header("X-Slack-Signature").isEmpty()) {
            throw new RequestVerificationException("unsigned");
          }
        }

        @OnEvent("url_verification")
        String challenge(UrlVerification event) { return event.challenge(); }

        @OnEvent({"event_callback", "app_rate_limited"})
        void message(EventCallback event, @Header("X-Slack-Retry-Num") Optional<String> retry) {}

        @OnEvent
        void other(JsonNode event) {}
      }
      """);

  static final JavaFileObject TELEGRAM = Sources.source("TelegramReceiver", """
      @Webhook(path = "/telegram/events/{token}", name = "telegram_events_handler")
      class TelegramReceiver {
        private final String token;
        TelegramReceiver(String token) { this.token = token; }

        @Verify
        boolean verify(@PathParam("token") String token, @Header("X-Telegram-Bot-Api-Secret-Token") String secret) {
          return this.token.equals(token) && !secret.isEmpty();
        }

        @OnEvent
        WebhookResponse update(List<Map<String, Object>> updates, @QueryParam("debug") Optional<String> debug) {
          return WebhookResponse.ok();
        }

        @IsConnected boolean connected() { return true; }

        @Connect void connect() throws WebhookSetupException {}
      }
      """);

  static final JavaFileObject GITHUB = Sources.source("GitHubReceiver", """
      @Webhook(path = "/github/events", name = "github", typeHeader = "X-GitHub-Event",
          deliveryIdHeader = "X-GitHub-Delivery", maxBodyBytes = 25 * 1024 * 1024)
      class GitHubReceiver {
        record Push(String ref) {}

        @Verify
        void verify(byte[] body, @Header("X-Hub-Signature-256") String signature) {}

        @OnEvent("push")
        Push push(Push push) { return push; }
      }
      """);

  static final JavaFileObject GITHUB_ISSUES = Sources.source("GitHubIssues", """
      @Webhook(path = "/github/issues", name = "github_issues", typeHeader = "X-GitHub-Event",
          typePointer = "/action")
      class GitHubIssues {
        record Issue(String title) {}
        record IssueEvent(String action, Issue issue) {}

        @Verify
        boolean verify(byte[] body, @Header("X-Hub-Signature-256") String signature) { return true; }

        @OnEvent({"issues.opened", "issues.reopened"})
        void opened(IssueEvent event) {}

        @OnEvent("issues")
        void otherIssue(JsonNode event) {}

        @OnEvent({"ping", "pull_request.closed"})
        String ping(String body) { return "pong"; }

        @OnEvent
        void rest(JsonNode event) {}
      }
      """);

  static final JavaFileObject META = Sources.source("MetaReceiver", """
      @Webhook(path = "/meta/{app}", name = "meta", typePointer = "/object")
      class MetaReceiver {
        record Crc(String response_token) {}

        @Verify
        boolean verify(byte[] body, @Header("X-Hub-Signature-256") String signature) { return true; }

        @Handshake
        WebhookResponse challenge(@QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") Optional<String> challenge, @PathParam("app") String app,
            WebhookRequest request) {
          return WebhookResponse.text(200, challenge.orElse(""));
        }

        @OnEvent("page")
        void page(JsonNode entry) {}
      }
      """);

  static final JavaFileObject SLACK_ONCE = Sources.source("SlackOnce", """
      @Webhook(path = "/slack/once", name = "slack_once", deliveryIdPointer = "/event_id")
      class SlackOnce {
        @Verify
        boolean verify(String body) { return true; }

        @OnEvent
        void any(JsonNode event) {}
      }
      """);

  @Test
  void receiverWithDeliveryIdHeaderAndBodyLimit() {
    Compilation compilation = Sources.compile(GITHUB);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.GitHubReceiver_WebhookReceiver");
  }

  @Test
  void receiverWithDeliveryIdPointer() {
    Compilation compilation = Sources.compile(SLACK_ONCE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SlackOnce_WebhookReceiver").contentsAsUtf8String()
        .contains("return delivery.deliveryIdAt(DELIVERY_ID_POINTER);");
    assertThat(compilation).generatedSourceFile("test.SlackOnce_WebhookReceiver").contentsAsUtf8String()
        .contains("JsonPointer DELIVERY_ID_POINTER = JsonPointer.compile(\"/event_id\");");
  }

  @Test
  void receiverWithRejectStatusPassesItToTheDefinition() {
    Compilation compilation = Sources.compile(Sources.source("DiscordReceiver", """
        @Webhook(path = "/discord/interactions", name = "discord", rejectStatus = 401)
        class DiscordReceiver {
          @Verify boolean verify(String body) { return true; }
          @OnEvent void any(JsonNode interaction) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.DiscordReceiver_WebhookReceiver").contentsAsUtf8String()
        .contains(".withRejectStatus(401);");
  }

  @Test
  void theDefaultRejectStatusIsNotWrittenOut() {
    Compilation compilation = Sources.compile(SLACK_ONCE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SlackOnce_WebhookReceiver").contentsAsUtf8String()
        .doesNotContain("withRejectStatus");
  }

  @Test
  void receiverWithTypePointerHandlersAndCatchAll() {
    Compilation compilation = Sources.compile(SLACK);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.SlackReceiver_WebhookReceiver");
  }

  @Test
  void receiverWithATypeOfHeaderAndPointer() {
    Compilation compilation = Sources.compile(GITHUB_ISSUES);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.GitHubIssues_WebhookReceiver");
  }

  @Test
  void receiverWithATypeOfTwoPointersNamesThemAfterTheirFields() {
    Compilation compilation = Sources.compile(Sources.source("SlackEvents", """
        @Webhook(path = "/slack/events", name = "slack_events", typePointer = {"/type", "/event/type"})
        class SlackEvents {
          @Verify boolean verify(String body) { return true; }
          @OnEvent("event_callback.message") void message(JsonNode event) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.SlackEvents_WebhookReceiver").contentsAsUtf8String()
        .contains("JsonPointer EVENT_TYPE_POINTER = JsonPointer.compile(\"/event/type\");");
    assertThat(compilation).generatedSourceFile("test.SlackEvents_WebhookReceiver").contentsAsUtf8String()
        .contains("EventType eventType = delivery.eventType(TYPE_POINTER, EVENT_TYPE_POINTER);");
  }

  @Test
  void pointersThatNoConstantCanEchoAreNumbered() {
    Compilation compilation = Sources.compile(Sources.source("Numbered", """
        @Webhook(path = "/n", name = "n", typePointer = {"/0", "/a/b", "/a_b"})
        class Numbered {
          @Verify boolean verify(String body) { return true; }
          @OnEvent("x.y.z") void xyz(JsonNode event) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Numbered_WebhookReceiver").contentsAsUtf8String()
        .contains("delivery.eventType(TYPE_POINTER_1, A_B_POINTER, TYPE_POINTER_3)");
  }

  @Test
  void receiverWithPathParameterGenericEventAndConnection() {
    Compilation compilation = Sources.compile(TELEGRAM);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.TelegramReceiver_WebhookReceiver");
  }

  @Test
  void receiverWithHandshake() {
    Compilation compilation = Sources.compile(META);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.MetaReceiver_WebhookReceiver");
  }

  @Test
  void handshakeReturningAnObjectAnswersJson() {
    Compilation compilation = Sources.compile(Sources.source("XReceiver", """
        @Webhook(path = "/x", name = "x")
        class XReceiver {
          record Crc(String response_token) {}

          @Verify boolean verify(String body) { return true; }

          @Handshake Crc crc(@QueryParam("crc_token") String token) { return new Crc(token); }

          @OnEvent void any(JsonNode event) {}
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.XReceiver_WebhookReceiver").contentsAsUtf8String()
        .contains("return delivery.json(receiver.crc(delivery.queryParam(\"crc_token\")));");
  }

  @Test
  void registryListsEveryReceiverOfTheCompilation() {
    Compilation compilation = Sources.compile(SLACK, TELEGRAM);
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatches(compilation, "test.HookwireRegistry_b093c05c");
  }

  @Test
  void registryNamedByTheProcessorOption() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WebhookProcessor())
        .withOptions("-Ahookwire.registry=com.acme.AcmeWebhooks")
        .compile(SLACK);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.AcmeWebhooks");
    assertThat(compilation)
        .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry")
        .contentsAsUtf8String()
        .isEqualTo("com.acme.AcmeWebhooks\n");
  }

  @Test
  void registryInAnotherPackageMakesPackagePrivateReceivers() {
    // The registry's factory reaches a package-private class only through its generated receiver.
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new WebhookProcessor())
        .withOptions("-Ahookwire.registry=com.acme.AcmeWebhooks")
        .compile(TELEGRAM, GITHUB);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.AcmeWebhooks")
        .contentsAsUtf8String().contains("case 1 -> GitHubReceiver_WebhookReceiver.newInstance();");
  }
}
