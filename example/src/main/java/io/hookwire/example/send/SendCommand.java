package io.hookwire.example.send;

import io.hookwire.example.ExampleConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code send <slack|slack-command|telegram|github|discord> <text> [--url <server>]}: signs a
 * sample delivery with the configured secrets (the demo's when none are set) and posts it to a
 * running server, printing the answer. Slack and Telegram send a message with the text, GitHub a
 * push of a commit with the text as its message, {@code slack-command} a slash command such as
 * {@code "/post Hello"}, and {@code discord} the {@code /post} command with the text.
 */
public final class SendCommand {
  static final String USAGE =
      "Usage: send <slack|slack-command|telegram|github|discord> <text> [--url http://localhost:4567]";
  static final String NO_DISCORD_KEY = "send discord signs with a private key, and only Discord holds your"
      + " application's: unset DISCORD_PUBLIC_KEY to use the demo's key pair, or set DISCORD_SIGNING_KEY to the"
      + " seed of a key pair of your own.";

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  /** A command reading secrets from {@code env}, printing to {@code out} and {@code err}. */
  public SendCommand(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command with the arguments after {@code send}.
   *
   * @return the exit status: 0 when the server answered 2xx, 1 when it answered otherwise or
   *     could not be reached, 2 for wrong arguments
   */
  public int run(List<String> args) {
    List<String> words = new ArrayList<>(args);
    ExampleConfig config = ExampleConfig.fromEnvironment(env);
    String url = option(words, "--url").orElse("http://localhost:" + config.port());
    if (words.size() != 2) {
      err.println(USAGE);
      return 2;
    }
    SampleDeliveries samples = new SampleDeliveries(config, Clock.systemUTC());
    Optional<OutgoingDelivery> delivery = sample(samples, words.get(0), words.get(1));
    if (delivery.isEmpty()) {
      err.println(words.get(0).equals("discord") ? NO_DISCORD_KEY : "Unknown source '" + words.get(0) + "'. " + USAGE);
      return 2;
    }
    return post(url, delivery.get());
  }

  private static Optional<OutgoingDelivery> sample(SampleDeliveries samples, String source, String text) {
    return switch (source) {
      case "slack" -> Optional.of(samples.slackMessage(samples.newSlackTs(), text));
      case "slack-command" -> Optional.of(samples.slackCommand(text));
      case "telegram" -> Optional.of(samples.telegramMessage(text));
      case "github" -> Optional.of(samples.githubPush(text));
      case "discord" -> samples.discordCommand(text);
      default -> Optional.empty();
    };
  }

  private int post(String url, OutgoingDelivery delivery) {
    out.println("POST " + url + pathForDisplay(delivery));
    try {
      DeliveryClient.Answer answer = new DeliveryClient(Duration.ofSeconds(10)).send(url, delivery);
      out.println(answer);
      return answer.status() / 100 == 2 ? 0 : 1;
    } catch (IOException e) {
      err.println("Could not reach " + url + ": " + e + ". Is the example running? Start it with"
          + " java -jar example/target/hookwire-example.jar");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  /** The path, with Telegram's bot token hidden: it is a secret. */
  private static String pathForDisplay(OutgoingDelivery delivery) {
    return delivery.source().equals("telegram")
        ? delivery.path().substring(0, delivery.path().lastIndexOf('/') + 1) + "<bot token>"
        : delivery.path();
  }

  /** Removes {@code --name value} (or {@code --name=value}) from {@code words} and returns the value. */
  private static Optional<String> option(List<String> words, String name) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith(name + "=")) {
        words.remove(i);
        return Optional.of(word.substring(name.length() + 1));
      }
      if (word.equals(name) && i + 1 < words.size()) {
        words.remove(i);
        return Optional.of(words.remove(i));
      }
    }
    return Optional.empty();
  }
}
