package io.hookwire.example;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hookwire.test.Signer;
import io.hookwire.test.Signers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends a fixture of {@code src/test/resources/replay} to the example as its provider would:
 * signed, with the provider's headers, and with an id of its own. The documentation's examples
 * share one placeholder id ({@code Ev123ABC456}, {@code update_id} 10000) and Slack's SDK samples
 * blank theirs, where each real delivery has its own; so the id field, and a blank Events API
 * {@code type}, are set here, and nothing else is changed. A fixture sent twice with the same
 * {@code copy} is the same delivery, as a provider's retry is.
 */
final class Replay {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestServer server;

  Replay(TestServer server) {
    this.server = server;
  }

  /** Sends {@code fixture}, a path under {@code replay/} whose first segment names the provider. */
  HttpResponse<String> send(String fixture, int copy) throws IOException, InterruptedException {
    String provider = fixture.substring(0, fixture.indexOf('/'));
    byte[] file = read(fixture);
    return switch (provider) {
      case "github" -> github(fixture, new String(file, StandardCharsets.UTF_8), copy);
      case "slack" -> slack(fixture, file, copy);
      case "telegram" -> telegram(file, copy);
      default -> throw new IllegalArgumentException("no provider " + provider);
    };
  }

  /** Verbatim; the event is the folder's name, as octokit files them, and the delivery id a header. */
  private HttpResponse<String> github(String fixture, String body, int copy) throws IOException, InterruptedException {
    String event = fixture.split("/")[1];
    String delivery = UUID.nameUUIDFromBytes((fixture + "#" + copy).getBytes(StandardCharsets.UTF_8)).toString();
    return post("/github/events", body, Signers.github(TestServer.GITHUB_SECRET),
        "X-GitHub-Event", event, "X-GitHub-Delivery", delivery);
  }

  private HttpResponse<String> slack(String fixture, byte[] file, int copy) throws IOException, InterruptedException {
    ObjectNode callback = (ObjectNode) JSON.readTree(file);
    if (callback.path("type").asText().isEmpty()) {
      callback.put("type", "event_callback");
    }
    callback.put("event_id", "Ev" + Integer.toHexString(fixture.hashCode()) + copy);
    return post("/slack/events", JSON.writeValueAsString(callback), Signers.slack(TestServer.SLACK_SECRET));
  }

  private HttpResponse<String> telegram(byte[] file, int copy) throws IOException, InterruptedException {
    ObjectNode update = (ObjectNode) JSON.readTree(file);
    update.put("update_id", 10000 + copy);
    return post("/telegram/events/" + TestServer.BOT_TOKEN, JSON.writeValueAsString(update),
        Signers.telegram(TestServer.TELEGRAM_SECRET));
  }

  private HttpResponse<String> post(String path, String body, Signer signer, String... extraHeaders)
      throws IOException, InterruptedException {
    List<String> headers = new ArrayList<>();
    for (Map.Entry<String, String> header : signer.headers(body).entrySet()) {
      // The test server's client sets the JSON content type itself.
      if (!header.getKey().equalsIgnoreCase("Content-Type")) {
        headers.add(header.getKey());
        headers.add(header.getValue());
      }
    }
    headers.addAll(List.of(extraHeaders));
    return server.post(path, body, headers.toArray(String[]::new));
  }

  private static byte[] read(String fixture) {
    try (InputStream in = Replay.class.getResourceAsStream("/replay/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
