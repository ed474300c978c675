package io.hookwire.example.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for Telegram's Bot API, for the demo: it answers {@code getWebhookInfo} and
 * {@code setWebhook} for one bot token, as Telegram does, so that the Telegram receiver's
 * connect flow runs for real, over HTTP, without a bot. It also serves one photo
 * ({@code getFile} with {@link #DEMO_PHOTO_FILE_ID}, then the file itself) and answers
 * {@code sendMessage} as sent, sending nothing. It listens on loopback only and sends nothing
 * anywhere.
 */
public final class StandInBotApi implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The {@code file_id} of the demo's photo. */
  public static final String DEMO_PHOTO_FILE_ID = "demo-photo-sunset";
  private static final String DEMO_PHOTO_PATH = "photos/demo-sunset.png";

  private final HttpServer server;
  private final String pathPrefix;
  private final String filePrefix;
  private final AtomicReference<String> webhookUrl = new AtomicReference<>("");
  private final AtomicInteger sentMessages = new AtomicInteger();
  private final byte[] demoPhoto = DemoPhoto.png();

  private StandInBotApi(HttpServer server, BotToken token) {
    this.server = server;
    this.pathPrefix = "/bot" + token.value() + "/";
    this.filePrefix = "/file/bot" + token.value() + "/";
    server.createContext("/", this::answer);
  }

  /** Starts a stand-in for the bot with {@code token} on a free loopback port. */
  public static StandInBotApi start(BotToken token) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    StandInBotApi api = new StandInBotApi(server, token);
    server.start();
    return api;
  }

  /** The base URL to give {@link BotApi}, such as {@code http://127.0.0.1:43121}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The webhook URL set last, or an empty string. */
  public String webhookUrl() {
    return webhookUrl.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(filePrefix + DEMO_PHOTO_PATH)) {
        send(exchange, 200, "image/png", demoPhoto);
        return;
      }
      if (!path.startsWith(pathPrefix)) {
        reply(exchange, 401, Map.of("ok", false, "error_code", 401, "description", "Unauthorized"));
        return;
      }
      switch (path.substring(pathPrefix.length())) {
        case "getWebhookInfo" -> reply(exchange, 200, Map.of("ok", true, "result", webhookInfo()));
        case "setWebhook" -> setWebhook(exchange);
        case "getFile" -> getFile(exchange);
        case "sendMessage" -> sendMessage(exchange);
        default -> reply(exchange, 404, Map.of("ok", false, "error_code", 404, "description", "Not Found"));
      }
    }
  }

  private Map<String, Object> webhookInfo() {
    return Map.of("url", webhookUrl.get(), "has_custom_certificate", false, "pending_update_count", 0);
  }

  private void setWebhook(HttpExchange exchange) throws IOException {
    JsonNode parameters = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    String url = parameters == null ? "" : parameters.path("url").asText("");
    if (url.isEmpty()) {
      reply(exchange, 400, Map.of("ok", false, "error_code", 400, "description", "Bad Request: url is empty"));
      return;
    }
    webhookUrl.set(url);
    reply(exchange, 200, Map.of("ok", true, "result", true, "description", "Webhook was set"));
  }

  private void getFile(HttpExchange exchange) throws IOException {
    JsonNode parameters = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    String fileId = parameters == null ? "" : parameters.path("file_id").asText("");
    if (!fileId.equals(DEMO_PHOTO_FILE_ID)) {
      reply(exchange, 400, Map.of("ok", false, "error_code", 400, "description", "Bad Request: invalid file_id"));
      return;
    }
    reply(exchange, 200, Map.of("ok", true, "result", Map.of(
        "file_id", fileId, "file_unique_id", "demo-sunset", "file_size", demoPhoto.length, "file_path", DEMO_PHOTO_PATH)));
  }

  private void sendMessage(HttpExchange exchange) throws IOException {
    JsonNode parameters = MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    if (parameters == null || !parameters.has("chat_id") || !parameters.has("text")) {
      reply(exchange, 400, Map.of("ok", false, "error_code", 400, "description", "Bad Request: chat_id and text are required"));
      return;
    }
    reply(exchange, 200, Map.of("ok", true,
        "result", Map.of("message_id", sentMessages.incrementAndGet(), "text", parameters.path("text").asText())));
  }

  private static void reply(HttpExchange exchange, int status, Map<String, ?> answer) throws IOException {
    send(exchange, status, "application/json", MAPPER.writeValueAsBytes(answer));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
