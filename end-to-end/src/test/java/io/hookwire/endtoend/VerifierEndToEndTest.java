package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.spark.HookwireSpark;
import io.hookwire.test.DiscordSigner;
import io.hookwire.test.Signer;
import io.hookwire.test.Signers;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
  /** What Twilio calls; the loopback server is reached another way, as behind a proxy. */
  private static final String TWILIO_BASE = "https://hooks.example.com";
  private static final DiscordSigner DISCORD = Signers.discord();

  @TempDir static Path jars;
  private static URLClassLoader loader;
  private LoopbackServer server;

  private static javax.tools.JavaFileObject receiver(String simpleName, String path, String verifierField) {
    return receiver(simpleName, path, 403, verifierField);
  }

  private static javax.tools.JavaFileObject receiver(String simpleName, String path, int rejectStatus,
      String verifierField) {
    return Receivers.source("verified." + simpleName, """
        import io.hookwire.runtime.verify.*;

        @Webhook(path = "%s", name = "%s", rejectStatus = %d)
        public class %s {
          private final %s;

          @Verify
          void verify(WebhookRequest request) throws RequestVerificationException {
            verifier.verify(request);
          }

          @OnEvent
          void handle(JsonNode event) { Handled.record("%s " + event.path("id").asText()); }
        }
        """.formatted(path, simpleName.toLowerCase(), rejectStatus, simpleName, verifierField, simpleName));
  }

  @BeforeAll
  static void compileReceivers() {
    loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "verified",
        receiver("Slack", "/slack", "SlackSignature verifier = new SlackSignature(\"" + SECRET + "\")"),
        receiver("GitHub", "/github", "GitHubSignature verifier = new GitHubSignature(\"" + SECRET + "\")"),
        receiver("Stripe", "/stripe", "StripeSignature verifier = new StripeSignature(\"whsec_" + SECRET + "\")"),
        receiver("Standard", "/standard", "StandardWebhooks verifier = new StandardWebhooks(\"" + STANDARD_SECRET + "\")"),
        receiver("Telegram", "/telegram", "SecretToken verifier = SecretToken.telegram(\"" + SECRET + "\")"),
        receiver("Twilio", "/twilio",
            "TwilioSignature verifier = new TwilioSignature(\"" + TWILIO_BASE + "\", \"" + SECRET + "\")"),
        receiver("Discord", "/discord", 401,
            "DiscordSignature verifier = new DiscordSignature(\"" + DISCORD.publicKeyHex() + "\")"))));
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

  /** A delivery {@code signer} signed is handled; the same headers on another body are refused. */
  private void assertVerified(String path, Signer signer) throws Exception {
    assertVerified(path, signer, 403);
  }

  private void assertVerified(String path, Signer signer, int rejectStatus) throws Exception {
    String[] headers = headers(signer.headers(BODY));
    assertEquals(200, server.post(path, BODY, headers).statusCode());
    assertEquals(rejectStatus, server.post(path, BODY.replace("evt_1", "evt_2"), headers).statusCode());
  }

  private static String[] headers(Map<String, String> headers) {
    return headers.entrySet().stream()
        .flatMap(header -> Stream.of(header.getKey(), header.getValue())).toArray(String[]::new);
  }

  @Test
  void slack() throws Exception {
    assertVerified("/slack", Signers.slack(SECRET));
    assertEquals(List.of("Slack evt_1"), Handled.calls());
  }

  @Test
  void gitHub() throws Exception {
    assertVerified("/github", Signers.github(SECRET));
    assertEquals(List.of("GitHub evt_1"), Handled.calls());
  }

  @Test
  void stripe() throws Exception {
    assertVerified("/stripe", Signers.stripe("whsec_" + SECRET));
    assertEquals(List.of("Stripe evt_1"), Handled.calls());
  }

  @Test
  void standardWebhooks() throws Exception {
    assertVerified("/standard", Signers.standardWebhooks(STANDARD_SECRET).withId("msg_1"));
    assertEquals(List.of("Standard evt_1"), Handled.calls());
  }

  @Test
  void telegramSecretToken() throws Exception {
    assertEquals(200, server.post("/telegram", BODY, "X-Telegram-Bot-Api-Secret-Token", SECRET).statusCode());
    assertEquals(403, server.post("/telegram", BODY, "X-Telegram-Bot-Api-Secret-Token", SECRET + "x").statusCode());
    assertEquals(403, server.post("/telegram", BODY).statusCode());
    assertEquals(List.of("Telegram evt_1"), Handled.calls());
  }

  @Test
  void twilioSignsThePublicUrlWithTheQueryStringAsSent() throws Exception {
    // %20 would come back as + if the query were decoded and encoded again: the signature would break.
    WebhookRequest signed = Signers.twilio(TWILIO_BASE, SECRET).request("/twilio?tenant=a%20b", BODY);
    String url = signed.path() + "?" + signed.query();
    String[] headers = headers(Map.of("Content-Type", "application/json",
        "X-Twilio-Signature", signed.header("X-Twilio-Signature").orElseThrow()));
    assertEquals(200, server.post(url, BODY, headers).statusCode());
    assertEquals(403, server.post(url, BODY.replace("evt_1", "evt_2"), headers).statusCode());
    // The same parameters written another way are another URL than the one signed.
    assertEquals(403, server.post(url.replace("a%20b", "a+b"), BODY, headers).statusCode());
    assertEquals(List.of("Twilio evt_1"), Handled.calls());
  }

  @Test
  void discordIsAnsweredWith401ForABadSignature() throws Exception {
    assertVerified("/discord", DISCORD, 401);
    assertEquals(List.of("Discord evt_1"), Handled.calls());
  }
}
