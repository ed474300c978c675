package io.hookwire.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's Bot API as the tests need it: a real HTTP server on loopback that records every
 * call and answers {@code getWebhookInfo} with a chosen URL, {@code setWebhook} with a chosen
 * answer, {@code getFile} for the files given to {@link #file}, which it then serves, and
 * {@code sendMessage} with {@code ok}.
 */
final class FakeBotApi implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One call: the path after the host, and the JSON parameters. */
  record Call(String path, JsonNode parameters) {
    String method() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile String webhookUrl = "";
  private volatile int setWebhookStatus = 200;
  private volatile String setWebhookAnswer = "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}";
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Makes {@code getWebhookInfo} report this URL as set. */
  FakeBotApi webhookSetTo(String url) {
    this.webhookUrl = url;
    return this;
  }

  /** Makes {@code setWebhook} answer so. */
  FakeBotApi setWebhookAnswers(int status, String json) {
    this.setWebhookStatus = status;
    this.setWebhookAnswer = json;
    return this;
  }

  /** Makes {@code getFile} know {@code fileId} at {@code photos/<fileId>.jpg}, served with {@code bytes}. */
  FakeBotApi file(String fileId, byte[] bytes) {
    files.put(fileId, bytes);
    return this;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      Call call = new Call(exchange.getRequestURI().getPath(), MAPPER.readTree(exchange.getRequestBody().readAllBytes()));
      calls.add(call);
      if (call.path().startsWith("/file/bot")) {
        serveFile(exchange, call.method());
      } else if (call.method().equals("setWebhook")) {
        reply(exchange, setWebhookStatus, setWebhookAnswer);
      } else if (call.method().equals("getFile")) {
        getFile(exchange, call.parameters().path("file_id").asText());
      } else if (call.method().equals("sendMessage")) {
        reply(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":1}}");
      } else {
        reply(exchange, 200, MAPPER.writeValueAsString(
            MAPPER.createObjectNode().put("ok", true).set("result", MAPPER.createObjectNode().put("url", webhookUrl))));
      }
    }
  }

  private void getFile(HttpExchange exchange, String fileId) throws IOException {
    if (files.containsKey(fileId)) {
      reply(exchange, 200, "{\"ok\":true,\"result\":{\"file_id\":\"" + fileId + "\",\"file_path\":\"photos/" + fileId + ".jpg\"}}");
    } else {
      reply(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
    }
  }

  private void serveFile(HttpExchange exchange, String fileName) throws IOException {
    byte[] bytes = files.get(fileName.replace(".jpg", ""));
    if (bytes == null) {
      send(exchange, 404, "text/plain", "Not Found".getBytes(StandardCharsets.UTF_8));
    } else {
      send(exchange, 200, "image/jpeg", bytes);
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
