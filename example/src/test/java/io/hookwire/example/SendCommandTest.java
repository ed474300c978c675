package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.send.SendCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code send}: signed sample deliveries posted to a running SERVER.get(). */
class SendCommandTest {
  private static final Map<String, String> ENV = Map.of(
      "SLACK_SIGNING_SECRET", TestServer.SLACK_SECRET,
      "GITHUB_WEBHOOK_SECRET", TestServer.GITHUB_SECRET,
      "TELEGRAM_BOT_TOKEN", TestServer.BOT_TOKEN,
      "TELEGRAM_SECRET_TOKEN", TestServer.TELEGRAM_SECRET,
      "DISCORD_SIGNING_KEY", TestServer.DISCORD_SEED);
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void eachSourceSendsADeliveryThatBecomesAPost() {
    for (String source : List.of("slack", "telegram", "github")) {
      String text = "Sent by send " + source;

      assertEquals(0, send(ENV, source, text, "--url", SERVER.get().url("")), () -> err.toString(StandardCharsets.UTF_8));

      assertTrue(SERVER.get().posts().stream().anyMatch(post -> post.source().equals(source) && post.body().plainText().contains(text)));
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("HTTP 200: OK"), printed);
    assertTrue(!printed.contains(TestServer.BOT_TOKEN), "the bot token is not printed: " + printed);
  }

  @Test
  void aSlashCommandAndADiscordCommandBecomePosts() {
    assertEquals(0, send(ENV, "slack-command", "/post Sent by a slash command", "--url", SERVER.get().url("")),
        () -> err.toString(StandardCharsets.UTF_8));
    assertEquals(0, send(ENV, "discord", "Sent by send discord", "--url", SERVER.get().url("")),
        () -> err.toString(StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("POST " + SERVER.get().url("") + "/slack/commands"), printed);
    assertTrue(printed.contains("\"response_type\":\"ephemeral\""), printed);
    assertTrue(printed.contains("\"type\":4"), printed);
    assertTrue(SERVER.get().posts().stream().anyMatch(post ->
        post.source().equals("slack") && post.body().plainText().equals("Sent by a slash command")));
    assertTrue(SERVER.get().posts().stream().anyMatch(post ->
        post.source().equals("discord") && post.body().plainText().equals("Sent by send discord")));
  }

  @Test
  void textWithoutACommandIsGivenToPost() {
    assertEquals(0, send(ENV, "slack-command", "No command named", "--url", SERVER.get().url("")));

    assertTrue(SERVER.get().posts().stream().anyMatch(post -> post.body().plainText().equals("No command named")));
  }

  @Test
  void discordWithARealApplicationsKeyCannotSign() {
    int status = send(Map.of("DISCORD_PUBLIC_KEY", TestServer.DISCORD.publicKeyHex()), "discord", "Hello",
        "--url", SERVER.get().url(""));

    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("only Discord holds your application's"));
  }

  @Test
  void discordSignedWithAnotherKeyIsRefused() {
    Map<String, String> otherKey = Map.of("DISCORD_SIGNING_KEY", "11".repeat(32));

    assertEquals(1, send(otherKey, "discord", "Refused", "--url", SERVER.get().url("")));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("HTTP 401"));
  }

  @Test
  void aDeliveryWithTheWrongSecretIsRefusedAndFails() {
    int before = SERVER.get().posts().size();

    int status = send(Map.of("SLACK_SIGNING_SECRET", "wrong"), "slack", "Refused", "--url=" + SERVER.get().url(""));

    assertEquals(1, status);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("HTTP 403"));
    assertEquals(before, SERVER.get().posts().size());
  }

  @Test
  void wrongArgumentsPrintTheUsage() {
    assertEquals(2, send(ENV, "slack"));
    assertEquals(2, send(ENV, "matrix", "Hello"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: send"));
  }

  @Test
  void anUnreachableServerIsReported() {
    assertEquals(1, send(ENV, "slack", "Nobody home", "--url", "http://127.0.0.1:1"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Could not reach"));
  }

  private int send(Map<String, String> env, String... args) {
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new SendCommand(env, outStream, errStream).run(List.of(args));
  }
}
