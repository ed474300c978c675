package io.hookwire.example;

import io.hookwire.example.send.DeliveryClient;
import io.hookwire.example.send.OutgoingDelivery;
import io.hookwire.example.send.SampleDeliveries;
import io.hookwire.example.telegram.StandInBotApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's first posts. They are not put in the blog directly: each is a delivery signed as
 * its provider signs it and posted over HTTP to the server itself, so it goes through the same
 * verification and dispatch as a real one, and the page shows every source working.
 */
final class DemoDeliveries {
  private static final Logger LOG = LoggerFactory.getLogger(DemoDeliveries.class);

  private final ExampleConfig config;
  private final SampleDeliveries samples;
  private final DeliveryClient client = new DeliveryClient(Duration.ofSeconds(10));

  DemoDeliveries(ExampleConfig config) {
    this.config = config;
    this.samples = new SampleDeliveries(config, Clock.systemUTC());
  }

  /** Sends the samples of the sources running on demo secrets to the server at {@code baseUrl}. */
  void send(String baseUrl) {
    List<OutgoingDelivery> deliveries = new ArrayList<>();
    if (config.githubWebhookSecret().demo()) {
      deliveries.add(samples.githubPush("Add a live blog fed by webhooks", "Verify every delivery before reading it"));
      deliveries.add(samples.githubIssue("Show who edited a post"));
    }
    if (config.telegram().demo()) {
      deliveries.add(samples.telegramMessage("Hello from Telegram! Messages to the bot reach the blog through its webhook:"
          + " https://core.telegram.org/bots/api#setwebhook"));
    }
    if (config.telegram().demo() && config.telegram().apiUrl().isEmpty()) {
      deliveries.add(samples.telegramPhoto(StandInBotApi.DEMO_PHOTO_FILE_ID,
          "Photos too: the bot fetches the largest size through getFile (this one from the stand-in Bot API)."));
    }
    if (config.slackSigningSecret().demo()) {
      deliveries.addAll(slackMessageThenEdit());
      deliveries.add(samples.slackCommand("/post Slash commands post too: type /post and your text in Slack."));
    }
    if (config.discord().publicKey().demo()) {
      samples.discordCommand("Hello from Discord! The /post command reaches the blog through the interactions endpoint.")
          .ifPresent(deliveries::add);
    }
    deliveries.forEach(delivery -> send(baseUrl, delivery));
  }

  /** A message and its edit, to show that an edit in Slack edits the post. */
  private List<OutgoingDelivery> slackMessageThenEdit() {
    String ts = samples.newSlackTs();
    return List.of(
        samples.slackMessage(ts, "Welcome to the live blog! Post in Slack and it shows up here."),
        samples.slackEdit(ts, "Welcome to the live blog! Post in Slack and it shows up here, links included:"
            + " <https://api.slack.com/apis/events-api|Slack's Events API>."));
  }

  private void send(String baseUrl, OutgoingDelivery delivery) {
    try {
      DeliveryClient.Answer answer = client.send(baseUrl, delivery);
      LOG.info("Demo delivery from {} answered {}", delivery.source(), answer);
    } catch (IOException e) {
      LOG.warn("Demo delivery from {} failed: {}", delivery.source(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
