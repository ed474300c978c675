package io.hookwire.example;

import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.discord.DiscordReceiver;
import io.hookwire.example.github.GitHubReceiver;
import io.hookwire.example.media.FileDownloader;
import io.hookwire.example.media.MediaStore;
import io.hookwire.example.slack.SlackCommandReceiver;
import io.hookwire.example.slack.SlackFiles;
import io.hookwire.example.slack.SlackReceiver;
import io.hookwire.example.telegram.BotApi;
import io.hookwire.example.telegram.BotToken;
import io.hookwire.example.telegram.StandInBotApi;
import io.hookwire.example.telegram.TelegramPhotos;
import io.hookwire.example.telegram.TelegramReceiver;
import io.hookwire.example.web.BlogRoutes;
import io.hookwire.example.web.EventStream;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookSetupException;
import io.hookwire.spark.HookwireSpark;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Service;

/**
 * The example running: the live blog's page, API and images, and the Slack (events and slash
 * commands), Telegram, GitHub and Discord receivers mounted by Hookwire, on one Spark server. In the demo it also runs the stand-in
 * Telegram Bot API and sends itself the demo's first posts.
 */
public final class LiveBlogServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveBlogServer.class);
  private static final Duration BOT_API_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_LIVE_READERS = 32;
  private static final Duration HEARTBEAT = Duration.ofSeconds(15);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  /** The longest a photo's download may take, body included. */
  private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(10);
  /** The largest photo fetched: Telegram's largest size of a phone photo is well below. */
  private static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
  /** The images kept in memory at most; the oldest are dropped beyond. */
  private static final long MAX_STORED_IMAGE_BYTES = 64L * 1024 * 1024;

  private final Service http;
  private final Hookwire hookwire;
  private final LiveBlog blog;
  private final EventStream stream;
  private final Optional<StandInBotApi> standIn;
  private final MountReport report;

  private final String host;

  private LiveBlogServer(Service http, Hookwire hookwire, String host, LiveBlog blog, EventStream stream,
      Optional<StandInBotApi> standIn, MountReport report) {
    this.http = http;
    this.hookwire = hookwire;
    this.host = host;
    this.blog = blog;
    this.stream = stream;
    this.standIn = standIn;
    this.report = report;
  }

  /**
   * Starts the server, mounts the receivers (connecting Telegram's webhook when it is not set)
   * and, for the sources on demo secrets, sends the demo's first posts.
   *
   * @throws IOException if the stand-in Bot API cannot start
   */
  public static LiveBlogServer start(ExampleConfig config) throws IOException {
    StartupLog.configuration(config);
    LiveBlog blog = new LiveBlog();
    MediaStore media = new MediaStore(MAX_STORED_IMAGE_BYTES);
    Optional<StandInBotApi> standIn = config.telegram().apiUrl().isEmpty()
        ? Optional.of(StandInBotApi.start(new BotToken(config.telegram().botToken().value())))
        : Optional.empty();
    standIn.ifPresent(StartupLog::standIn);
    Service http = Service.ignite().ipAddress(config.bindAddress()).port(config.port());
    EventStream stream = new EventStream(blog, MAX_LIVE_READERS, HEARTBEAT);
    new BlogRoutes(blog, stream, media).addTo(http);
    http.awaitInitialization();
    String publicUrl = config.publicUrl(http.port());
    String botApiUrl = standIn.map(StandInBotApi::baseUrl).orElseGet(() -> config.telegram().apiUrl().orElseThrow());
    Hookwire hookwire = receivers(config, blog, media, publicUrl, botApiUrl);
    MountReport report = mount(http, hookwire);
    String host = config.bindAddress().equals(ExampleConfig.ALL_INTERFACES) ? "localhost" : config.bindAddress();
    LiveBlogServer server = new LiveBlogServer(http, hookwire, host, blog, stream, standIn, report);
    StartupLog.routes(report, publicUrl, server.localUrl());
    new DemoDeliveries(config).send(server.localUrl());
    LOG.info("Live blog: {}/", server.localUrl());
    return server;
  }

  private static Hookwire receivers(
      ExampleConfig config, LiveBlog blog, MediaStore media, String publicUrl, String botApiUrl) {
    BotToken token = new BotToken(config.telegram().botToken().value());
    BotApi botApi = new BotApi(botApiUrl, token, BOT_API_TIMEOUT);
    FileDownloader downloader = new FileDownloader(DOWNLOAD_TIMEOUT, MAX_IMAGE_BYTES);
    return Hookwire.builder()
        .instance(new SlackReceiver(config.slackSigningSecret().value(), blog,
            new SlackFiles(config.slackBotToken(), downloader, media)))
        .instance(new SlackCommandReceiver(config.slackSigningSecret().value(), blog))
        .instance(new DiscordReceiver(config.discord().publicKey().value(), blog))
        .instance(new GitHubReceiver(config.githubWebhookSecret().value(), blog))
        .instance(new TelegramReceiver(token, config.telegram().secretToken().value(), botApi, publicUrl, blog,
            new TelegramPhotos(botApi, downloader, media)))
        .build();
  }

  private static MountReport mount(Service http, Hookwire hookwire) {
    try {
      return HookwireSpark.mount(hookwire, http);
    } catch (WebhookSetupException e) {
      // Only in fail-fast mode, which the example does not use: a failed receiver is reported instead.
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return http.port();
  }

  /** The server's address on this machine, such as {@code http://localhost:4567}. */
  public String localUrl() {
    return "http://" + host + ":" + port();
  }

  /** The blog the receivers post to. */
  public LiveBlog blog() {
    return blog;
  }

  /** What Hookwire mounted, and what it could not. */
  public MountReport report() {
    return report;
  }

  /**
   * Stops gracefully: ends the live streams, lets deliveries under way finish (new ones are
   * answered {@code 503}, so their senders retry later), stops the server, then the stand-in Bot
   * API.
   */
  @Override
  public void close() {
    stream.close();
    try {
      hookwire.stop(STOP_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      http.stop();
      http.awaitStop();
      standIn.ifPresent(StandInBotApi::close);
    }
  }
}
