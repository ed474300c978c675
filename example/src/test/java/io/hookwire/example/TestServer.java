package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.blog.Post;
import io.hookwire.example.discord.Ed25519Seeds;
import io.hookwire.test.DiscordSigner;
import io.hookwire.test.Signers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example started as in production, on a free loopback port, with test secrets and a
 * {@link FakeBotApi} in place of Telegram, plus an HTTP client that sends deliveries to it.
 */
final class TestServer implements AutoCloseable {
  static final String SLACK_SECRET = "test-slack-signing-secret";
  static final String GITHUB_SECRET = "test-github-webhook-secret";
  static final String BOT_TOKEN = "987654321:test-bot-token-AbC";
  static final String TELEGRAM_SECRET = "test-telegram-secret-token";
  static final String PUBLIC_URL = "https://blog.example.test";
  static final String TELEGRAM_WEBHOOK_URL = PUBLIC_URL + "/telegram/events/" + BOT_TOKEN;
  /** The seed of the tests' Discord key pair; the server is given its public key, as Discord shows it. */
  static final String DISCORD_SEED = "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";
  static final DiscordSigner DISCORD = Signers.discord(Ed25519Seeds.keyPair(DISCORD_SEED));

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final FakeBotApi botApi;
  final LiveBlogServer server;

  private TestServer(FakeBotApi botApi, LiveBlogServer server) {
    this.botApi = botApi;
    this.server = server;
  }

  /** The example configured with every test secret, connecting Telegram through {@code botApi}. */
  static TestServer start(FakeBotApi botApi) throws IOException {
    Map<String, String> env = new HashMap<>(Map.of(
        "PORT", "0",
        "SLACK_SIGNING_SECRET", SLACK_SECRET,
        "GITHUB_WEBHOOK_SECRET", GITHUB_SECRET,
        "TELEGRAM_BOT_TOKEN", BOT_TOKEN,
        "TELEGRAM_SECRET_TOKEN", TELEGRAM_SECRET,
        "TELEGRAM_API_URL", botApi.baseUrl(),
        "PUBLIC_URL", PUBLIC_URL,
        "DISCORD_PUBLIC_KEY", DISCORD.publicKeyHex()));
    return new TestServer(botApi, LiveBlogServer.start(ExampleConfig.fromEnvironment(env).withBindAddress("127.0.0.1")));
  }

  /** The example with a fake Bot API that reports the webhook as not set and sets it when asked. */
  static TestServer start() throws IOException {
    return start(new FakeBotApi());
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Posts {@code body} as JSON to {@code path}, with {@code headers} given as name, value, name, value… */
  HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
    return postAs(path, "application/json", body, headers);
  }

  /** Posts {@code body} as {@code contentType} to {@code path}, with {@code headers} given as name, value… */
  HttpResponse<String> postAs(String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts {@code body} to {@code /slack/events}, signed now with the test's signing secret, as Slack signs. */
  HttpResponse<String> postToSlack(String body, String... extraHeaders) throws IOException, InterruptedException {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String[] headers = new String[4 + extraHeaders.length];
    headers[0] = "X-Slack-Request-Timestamp";
    headers[1] = timestamp;
    headers[2] = "X-Slack-Signature";
    headers[3] = ProviderSigning.slack(SLACK_SECRET, timestamp, body);
    System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
    return post("/slack/events", body, headers);
  }

  /** Posts {@code form} to {@code /slack/commands}, signed now with the test's signing secret, as Slack signs. */
  HttpResponse<String> postSlackCommand(String form) throws IOException, InterruptedException {
    Map<String, String> signed = Signers.slack(SLACK_SECRET).headers(form);
    return postAs("/slack/commands", "application/x-www-form-urlencoded", form, headers(signed));
  }

  /** Posts {@code interaction} to {@code /discord/interactions}, signed now with the tests' key pair. */
  HttpResponse<String> postToDiscord(String interaction) throws IOException, InterruptedException {
    return post("/discord/interactions", interaction, headers(DISCORD.headers(interaction)));
  }

  /** Headers as name, value, name, value… */
  static String[] headers(Map<String, String> headers) {
    return headers.entrySet().stream().flatMap(header -> Stream.of(header.getKey(), header.getValue()))
        .toArray(String[]::new);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).GET().build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** {@code GET /api/posts}, parsed. */
  JsonNode postsJson() throws IOException, InterruptedException {
    return MAPPER.readTree(get("/api/posts").body());
  }

  List<Post> posts() {
    return server.blog().newestFirst();
  }

  /** The posts of one channel (a Slack or Discord channel, a Telegram chat), newest first. */
  List<Post> postsIn(String channel) {
    return posts().stream().filter(post -> post.key().channel().equals(channel)).toList();
  }

  /** The one post of {@code channel}; fails when there are none or several. */
  Post onlyPostIn(String channel) {
    List<Post> posts = postsIn(channel);
    assertEquals(1, posts.size(), () -> "posts in " + channel + ": " + posts);
    return posts.get(0);
  }

  @Override
  public void close() {
    server.close();
    botApi.close();
  }
}
