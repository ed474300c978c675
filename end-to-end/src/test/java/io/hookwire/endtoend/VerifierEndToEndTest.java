package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.Hookwire;
import io.hookwire.spark.HookwireSpark;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each ready verifier as users write it, a one-line {@code @Verify}, in a receiver compiled by the
 * processor and served over HTTP: genuine deliveries reach the handler, forged ones get 403.
 */
class VerifierEndToEndTest {
  private static final String BODY = "{\"id\":\"evt_1\",\"type\":\"ping\"}";
  private static final String SECRET = "it-secret";
  private static final byte[] STANDARD_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final String STANDARD_SECRET = "whsec_" + Base64.getEncoder().encodeToString(STANDARD_KEY);

  @TempDir static Path jars;
  private static URLClassLoader loader;
  private LoopbackServer server;

  private static javax.tools.JavaFileObject receiver(String simpleName, String path, String verifierField) {
    return Receivers.source("verified." + simpleName, """
        import io.hookwire.runtime.verify.*;

        @Webhook(path = "%s", name = "%s")
        public class %s {
          private final %s;

          @Verify
          void verify(WebhookRequest request) throws RequestVerificationException {
            verifier.verify(request);
          }

          @OnEvent
          void handle(JsonNode event) { Handled.record("%s " + event.path("id").asText()); }
        }
        """.formatted(path, simpleName.toLowerCase(), simpleName, verifierField, simpleName));
  }

  @BeforeAll
  static void compileReceivers() {
    loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "verified",
        receiver("Slack", "/slack", "SlackSignature verifier = new SlackSignature(\"" + SECRET + "\")"),
        receiver("GitHub", "/github", "GitHubSignature verifier = new GitHubSignature(\"" + SECRET + "\")"),
        receiver("Stripe", "/stripe", "StripeSignature verifier = new StripeSignature(\"whsec_" + SECRET + "\")"),
        receiver("Standard", "/standard", "StandardWebhooks verifier = new StandardWebhooks(\"" + STANDARD_SECRET + "\")"),
        receiver("Telegram", "/telegram", "SecretToken verifier = SecretToken.telegram(\"" + SECRET + "\")"))));
  }

  @BeforeEach
  void mount() throws Exception {
    Handled.clear();
    server = new LoopbackServer();
    HookwireSpark.mount(Hookwire.builder().classLoader(loader).build(), server.service());
    server.started();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }

  private void assertAccepted(String path, String... headers) throws Exception {
    assertEquals(200, server.post(path, BODY, headers).statusCode());
  }

  private void assertForged(String path, String... headers) throws Exception {
    assertEquals(403, server.post(path, BODY.replace("evt_1", "evt_2"), headers).statusCode());
  }

  @Test
  void slack() throws Exception {
    String timestamp = now();
    String signature = "v0=" + Signer.hmacHex(SECRET, "v0:" + timestamp + ":" + BODY);
    assertAccepted("/slack", "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature);
    assertForged("/slack", "X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signature);
    assertEquals(List.of("Slack evt_1"), Handled.calls());
  }

  @Test
  void gitHub() throws Exception {
    String signature = "sha256=" + Signer.hmacHex(SECRET, BODY);
    assertAccepted("/github", "X-Hub-Signature-256", signature);
    assertForged("/github", "X-Hub-Signature-256", signature);
    assertEquals(List.of("GitHub evt_1"), Handled.calls());
  }

  @Test
  void stripe() throws Exception {
    String timestamp = now();
    String header = "t=" + timestamp + ",v1=" + Signer.hmacHex("whsec_" + SECRET, timestamp + "." + BODY);
    assertAccepted("/stripe", "Stripe-Signature", header);
    assertForged("/stripe", "Stripe-Signature", header);
    assertEquals(List.of("Stripe evt_1"), Handled.calls());
  }

  @Test
  void standardWebhooks() throws Exception {
    String timestamp = now();
    String signature = "v1," + Signer.hmacBase64(STANDARD_KEY, "msg_1." + timestamp + "." + BODY);
    assertAccepted("/standard", "webhook-id", "msg_1", "webhook-timestamp", timestamp, "webhook-signature", signature);
    assertForged("/standard", "webhook-id", "msg_1", "webhook-timestamp", timestamp, "webhook-signature", signature);
    assertEquals(List.of("Standard evt_1"), Handled.calls());
  }

  @Test
  void telegramSecretToken() throws Exception {
    assertAccepted("/telegram", "X-Telegram-Bot-Api-Secret-Token", SECRET);
    assertEquals(403, server.post("/telegram", BODY, "X-Telegram-Bot-Api-Secret-Token", SECRET + "x").statusCode());
    assertEquals(403, server.post("/telegram", BODY).statusCode());
    assertEquals(List.of("Telegram evt_1"), Handled.calls());
  }
}
