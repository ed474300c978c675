package io.hookwire.example;

import io.hookwire.example.telegram.StandInBotApi;
import io.hookwire.runtime.MountReport;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the example says when it starts: which secrets are demo values, where the stand-in Bot
 * API runs, each webhook's URL and each receiver that could not be connected, with the reason.
 * Configured secrets are never written, only whether they are set.
 */
final class StartupLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.hookwire.example");

  private StartupLog() {}

  static void configuration(ExampleConfig config) {
    demoSecret("SLACK_SIGNING_SECRET", config.slackSigningSecret());
    demoSecret("GITHUB_WEBHOOK_SECRET", config.githubWebhookSecret());
    if (config.telegram().demo()) {
      LOG.warn("TELEGRAM_BOT_TOKEN is not set: demo bot token '{}' and secret token '{}' (published demo values,"
          + " safe to show; they protect nothing)", config.telegram().botToken().value(),
          config.telegram().secretToken().value());
    }
    if (config.discord().publicKey().demo()) {
      LOG.warn("DISCORD_PUBLIC_KEY is not set: using the demo key pair, public key {} (its private key is published"
          + " in DemoValues, so it protects nothing)", config.discord().publicKey().value());
    }
  }

  private static void demoSecret(String variable, Setting secret) {
    if (secret.demo()) {
      LOG.warn("{} is not set: using the demo secret '{}' (a published demo value, safe to show; it protects"
          + " nothing)", variable, secret.value());
    }
  }

  static void standIn(StandInBotApi api) {
    LOG.warn("Telegram: using a stand-in Bot API at {} on loopback (demo only; nothing is sent to Telegram)",
        api.baseUrl());
  }

  static void routes(MountReport report, String publicUrl, String localUrl) {
    report.mounted().forEach(route ->
        LOG.info("Webhook {} mounted: POST {}{}", route.name(), publicUrl, route.path()));
    for (Map.Entry<String, Exception> failure : report.failed().entrySet()) {
      LOG.error("Webhook {} NOT mounted: {}", failure.getKey(), failure.getValue().getMessage());
    }
    LOG.info("Page {}/ · posts {}/api/posts · live stream {}/api/stream", localUrl, localUrl, localUrl);
  }
}
