package io.hookwire.endtoend;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Receivers written as users write them, compiled by the tests with the real processor. */
final class Receivers {
  private static final String IMPORTS = """
      import io.hookwire.*;
      import io.hookwire.runtime.*;
      import io.hookwire.endtoend.Handled;
      import com.fasterxml.jackson.databind.JsonNode;
      import java.util.*;
      """;

  /** The Slack receiver of the README, with a hand-written shared-secret check. */
  static final JavaFileObject SLACK = source("slack.SlackReceiver", """
      @Webhook(path = "/slack/events", name = "slack_events_handler", typePointer = "/type")
      public class SlackReceiver {
        public record UrlVerification(String challenge) {}
        public record EventCallback(String team_id, Map<String, Object> event) {}

        private final String secret;

        public SlackReceiver(String secret) { this.secret = secret; }

        @Verify
        void verify(WebhookRequest request) throws RequestVerificationException {
          if (!request.header("X-Test-Secret").orElse("").equals(secret)) {
            throw new RequestVerificationException("wrong secret");
          }
        }

        @OnEvent("url_verification")
        String challenge(UrlVerification event) { return event.challenge(); }

        @OnEvent("event_callback")
        void message(EventCallback event, @Header("X-Slack-Retry-Num") Optional<String> retry) {
          Handled.record("message " + event.team_id() + " " + event.event().get("text") + " retry=" + retry.orElse("-"));
        }

        @OnEvent("explode")
        void explode(JsonNode event) { throw new IllegalStateException("secret internals"); }

        @OnEvent
        void other(JsonNode event) { Handled.record("other " + event.path("type").asText()); }
      }
      """);

  /** Dispatch on a header, a boolean @Verify on the raw body, JSON answers, no catch-all. */
  static final JavaFileObject GITHUB = source("github.GitHubReceiver", """
      @Webhook(path = "/github/events", name = "github", typeHeader = "X-GitHub-Event")
      public class GitHubReceiver {
        public record Push(String ref, List<Commit> commits) {}
        public record Commit(String id, String message) {}
        public record Summary(String ref, int commits) {}

        @Verify
        boolean verify(byte[] body, @Header("X-Signature") String signature) {
          return signature.equals("len=" + body.length);
        }

        @OnEvent("push")
        Summary push(Push push) { return new Summary(push.ref(), push.commits().size()); }

        @OnEvent("ping")
        WebhookResponse ping(String body) { return WebhookResponse.text(202, "pong"); }
      }
      """);

  /** A path parameter, a connection check and a connect step. */
  static final JavaFileObject TELEGRAM = source("telegram.TelegramReceiver", """
      @Webhook(path = "/telegram/events/{botToken}", name = "telegram")
      public class TelegramReceiver {
        private final String token;
        private final boolean connected;

        public TelegramReceiver(String token, boolean connected) {
          this.token = token;
          this.connected = connected;
        }

        @Verify
        boolean verify(@PathParam("botToken") String token) { return this.token.equals(token); }

        @OnEvent
        void update(JsonNode update, @QueryParam("source") Optional<String> source) {
          Handled.record("update " + update.path("update_id").asLong() + " from " + source.orElse("?"));
        }

        @IsConnected boolean connected() { return connected; }

        @Connect void connect() throws WebhookSetupException {
          Handled.record("connect " + token);
          if (token.equals("broken")) {
            throw new WebhookSetupException("setWebhook refused");
          }
        }
      }
      """);

  private Receivers() {}

  static JavaFileObject source(String qualifiedName, String code) {
    String packageName = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    return JavaFileObjects.forSourceString(qualifiedName, "package " + packageName + ";\n\n" + IMPORTS + "\n" + code);
  }
}
