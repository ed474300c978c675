package io.hookwire.example;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The example's configuration, read from environment variables. Each secret that is not set is
 * replaced by its published demo value ({@link DemoValues}), so the example runs with none set.
 *
 * @param port the HTTP port ({@code PORT}, default 4567; 0 picks a free one)
 * @param bindAddress the address to listen on; every interface unless set otherwise in code
 * @param publicUrl where the providers reach this server ({@code PUBLIC_URL}); by default
 *     {@code http://localhost:<port>}
 * @param slackSigningSecret {@code SLACK_SIGNING_SECRET}
 * @param githubWebhookSecret {@code GITHUB_WEBHOOK_SECRET}
 * @param telegram {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_SECRET_TOKEN}, {@code TELEGRAM_API_URL}
 * @param slackBotToken {@code SLACK_BOT_TOKEN}, which fetches images shared in Slack; none by default
 * @param discord {@code DISCORD_PUBLIC_KEY} and {@code DISCORD_SIGNING_KEY}
 */
public record ExampleConfig(
    int port,
    String bindAddress,
    Optional<String> publicUrl,
    Setting slackSigningSecret,
    Setting githubWebhookSecret,
    TelegramSettings telegram,
    Optional<String> slackBotToken,
    DiscordSettings discord) {
  /** The port when {@code PORT} is not set. */
  public static final int DEFAULT_PORT = 4567;
  /** Listen on every interface, so a tunnel or a container can reach the server. */
  public static final String ALL_INTERFACES = "0.0.0.0";

  /** Checks that every part is present. */
  public ExampleConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(slackSigningSecret, "slackSigningSecret");
    Objects.requireNonNull(githubWebhookSecret, "githubWebhookSecret");
    Objects.requireNonNull(telegram, "telegram");
    Objects.requireNonNull(slackBotToken, "slackBotToken");
    Objects.requireNonNull(discord, "discord");
  }

  /**
   * The configuration that {@code env} describes; blank variables count as unset.
   *
   * @throws IllegalArgumentException if {@code PORT} is not a port number
   */
  public static ExampleConfig fromEnvironment(Map<String, String> env) {
    Optional<String> telegramApi = variable(env, "TELEGRAM_API_URL");
    TelegramSettings telegram = variable(env, "TELEGRAM_BOT_TOKEN")
        .map(token -> TelegramSettings.of(token, variable(env, "TELEGRAM_SECRET_TOKEN"), telegramApi))
        .orElseGet(() -> TelegramSettings.demo(telegramApi));
    return new ExampleConfig(
        variable(env, "PORT").map(ExampleConfig::port).orElse(DEFAULT_PORT),
        ALL_INTERFACES,
        variable(env, "PUBLIC_URL").map(ExampleConfig::withoutTrailingSlash),
        secret(env, "SLACK_SIGNING_SECRET", DemoValues.SLACK_SIGNING_SECRET),
        secret(env, "GITHUB_WEBHOOK_SECRET", DemoValues.GITHUB_WEBHOOK_SECRET),
        telegram,
        variable(env, "SLACK_BOT_TOKEN"),
        DiscordSettings.of(variable(env, "DISCORD_PUBLIC_KEY"), variable(env, "DISCORD_SIGNING_KEY")));
  }

  /** Every source on its demo values, on {@code port}, listening on {@code bindAddress}. */
  public static ExampleConfig demo(int port, String bindAddress) {
    return fromEnvironment(Map.of()).withPort(port).withBindAddress(bindAddress);
  }

  /** This configuration on another port. */
  public ExampleConfig withPort(int newPort) {
    return new ExampleConfig(
        newPort, bindAddress, publicUrl, slackSigningSecret, githubWebhookSecret, telegram, slackBotToken, discord);
  }

  /** This configuration listening on another address. */
  public ExampleConfig withBindAddress(String address) {
    return new ExampleConfig(
        port, address, publicUrl, slackSigningSecret, githubWebhookSecret, telegram, slackBotToken, discord);
  }

  /** The URL at which the providers reach the server, once it listens on {@code actualPort}. */
  public String publicUrl(int actualPort) {
    return publicUrl.orElse("http://localhost:" + actualPort);
  }

  private static Optional<String> variable(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }

  private static Setting secret(Map<String, String> env, String name, String demoValue) {
    return variable(env, name).map(Setting::configured).orElseGet(() -> Setting.demo(demoValue));
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the variable's name.
    }
    throw new IllegalArgumentException("PORT must be a port number from 0 to 65535: " + text);
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? withoutTrailingSlash(url.substring(0, url.length() - 1)) : url;
  }
}
