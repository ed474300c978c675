package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExampleConfigTest {

  @Test
  void withNothingSetEverySecretIsADemoValue() {
    ExampleConfig config = ExampleConfig.fromEnvironment(Map.of());

    assertEquals(4567, config.port());
    assertEquals("http://localhost:4567", config.publicUrl(4567));
    assertTrue(config.slackSigningSecret().demo());
    assertTrue(config.githubWebhookSecret().demo());
    assertTrue(config.telegram().demo());
    assertEquals(Optional.empty(), config.telegram().apiUrl(), "the demo runs a stand-in Bot API");
  }

  @Test
  void configuredValuesAreUsedAndNeverShown() {
    ExampleConfig config = ExampleConfig.fromEnvironment(Map.of(
        "PORT", "8080", "PUBLIC_URL", "https://abc.tunnel.test/", "SLACK_SIGNING_SECRET", "s3cret",
        "TELEGRAM_BOT_TOKEN", "1:tok", "GITHUB_WEBHOOK_SECRET", "  "));

    assertEquals(8080, config.port());
    assertEquals("https://abc.tunnel.test", config.publicUrl(8080));
    assertEquals("s3cret", config.slackSigningSecret().value());
    assertFalse(config.slackSigningSecret().toString().contains("s3cret"));
    assertTrue(config.githubWebhookSecret().demo(), "a blank variable counts as unset");
    assertEquals(Optional.of("https://api.telegram.org"), config.telegram().apiUrl());
  }

  @Test
  void aRealBotWithoutASecretTokenGetsOneDerivedFromItsTokenTheSameEachTime() {
    String first = ExampleConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "1:tok")).telegram().secretToken().value();
    String second = ExampleConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "1:tok")).telegram().secretToken().value();
    String other = ExampleConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "2:tok")).telegram().secretToken().value();

    assertEquals(first, second);
    assertFalse(first.equals(other));
    assertTrue(first.matches("[A-Za-z0-9_-]{1,256}"), "Telegram's alphabet for secret tokens");
    assertFalse(first.contains("tok"));
  }

  @Test
  void discordRunsOnTheDemoKeyPairUntilAPublicKeyIsGiven() {
    DiscordSettings demo = ExampleConfig.fromEnvironment(Map.of()).discord();
    String realKey = DiscordSettings.publicKeyOf("22".repeat(32));
    DiscordSettings real = ExampleConfig.fromEnvironment(Map.of("DISCORD_PUBLIC_KEY", realKey)).discord();

    assertTrue(demo.publicKey().demo());
    assertEquals(DiscordSettings.publicKeyOf(DemoValues.DISCORD_SIGNING_KEY), demo.publicKey().value());
    assertEquals(Optional.of(DemoValues.DISCORD_SIGNING_KEY), demo.signingKey());
    assertFalse(real.publicKey().demo());
    assertEquals(realKey, real.publicKey().value());
    assertEquals(Optional.empty(), real.signingKey(), "only Discord holds a real application's private key");
  }

  @Test
  void aSigningKeyOfOnesOwnGivesTheServersPublicKey() {
    DiscordSettings own = ExampleConfig.fromEnvironment(Map.of("DISCORD_SIGNING_KEY", "33".repeat(32))).discord();

    assertFalse(own.publicKey().demo());
    assertEquals(DiscordSettings.publicKeyOf("33".repeat(32)), own.publicKey().value());
  }

  @Test
  void malformedDiscordKeysAreRefusedByName() {
    IllegalArgumentException publicKey = assertThrows(IllegalArgumentException.class,
        () -> ExampleConfig.fromEnvironment(Map.of("DISCORD_PUBLIC_KEY", "not-hex")));
    IllegalArgumentException signingKey = assertThrows(IllegalArgumentException.class,
        () -> ExampleConfig.fromEnvironment(Map.of("DISCORD_SIGNING_KEY", "abcd")));

    assertTrue(publicKey.getMessage().startsWith("DISCORD_PUBLIC_KEY"));
    assertTrue(signingKey.getMessage().startsWith("DISCORD_SIGNING_KEY"));
    assertFalse(signingKey.getMessage().contains("abcd"), "a private key is never shown");
  }

  @Test
  void aSlackBotTokenIsReadWhenSet() {
    assertEquals(Optional.empty(), ExampleConfig.fromEnvironment(Map.of()).slackBotToken());
    assertEquals(Optional.of("xoxb-1"), ExampleConfig.fromEnvironment(Map.of("SLACK_BOT_TOKEN", " xoxb-1 ")).slackBotToken());
  }

  @Test
  void aPortThatIsNotANumberIsRefusedByName() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ExampleConfig.fromEnvironment(Map.of("PORT", "http")));
    assertTrue(error.getMessage().startsWith("PORT"));
  }
}
