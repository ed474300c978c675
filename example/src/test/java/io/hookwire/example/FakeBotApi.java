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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's Bot API as the tests need it: a real HTTP server on loopback that records every
 * call and answers {@code getWebhookInfo} with a chosen URL and {@code setWebhook} with a chosen
 * answer.
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
      if (call.method().equals("setWebhook")) {
        reply(exchange, setWebhookStatus, setWebhookAnswer);
      } else {
        reply(exchange, 200, MAPPER.writeValueAsString(
            MAPPER.createObjectNode().put("ok", true).set("result", MAPPER.createObjectNode().put("url", webhookUrl))));
      }
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
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
