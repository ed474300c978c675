package io.hookwire.example.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.example.media.FileDownloader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls methods of Telegram's Bot API: {@code POST <base>/bot<token>/<method>} with JSON
 * parameters, answered by {@code {"ok": true, "result": …}} or
 * {@code {"ok": false, "description": …}}.
 *
 * <p>The bot token is part of every URL and is a secret: whatever this class logs or throws has
 * it masked ({@link BotToken#mask}), and failures are reported without the HTTP client's own
 * exception as a cause, whose message might hold the URL.
 */
public final class BotApi {
  private static final Logger LOG = LoggerFactory.getLogger(BotApi.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String baseUrl;
  private final BotToken token;
  private final HttpClient client;
  private final Duration timeout;

  /**
   * A client of the Bot API at {@code baseUrl} (such as {@code https://api.telegram.org}).
   *
   * @param timeout the longest wait for connecting, and again for each answer
   */
  public BotApi(String baseUrl, BotToken token, Duration timeout) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Calls {@code method} with {@code parameters} and returns its {@code result}.
   *
   * @throws BotApiException if Telegram cannot be reached, answers other than 2xx, or answers
   *     {@code ok: false}; the message carries Telegram's {@code description}
   */
  public JsonNode call(String method, Map<String, ?> parameters) throws BotApiException {
    String url = baseUrl + "/bot" + token.value() + "/" + method;
    HttpResponse<String> response = send(method, url, parameters);
    JsonNode answer = parse(response.body());
    LOG.info("Telegram Bot API: POST {} answered {}", token.mask(url), response.statusCode());
    if (response.statusCode() / 100 != 2 || !answer.path("ok").asBoolean(false)) {
      String description = answer.path("description").asText("no description");
      throw new BotApiException(
          "Telegram " + method + " failed: " + token.mask(description) + " (HTTP " + response.statusCode() + ")");
    }
    return answer.path("result");
  }

  /**
   * The bytes of a file that {@code getFile} returned the {@code file_path} of, downloaded from
   * {@code <base>/file/bot<token>/<file_path>} within {@code downloader}'s bounds.
   *
   * @throws BotApiException if the download fails; the message has the token masked
   */
  public byte[] download(String filePath, FileDownloader downloader) throws BotApiException {
    String url = baseUrl + "/file/bot" + token.value() + "/" + filePath;
    try {
      return downloader.download(URI.create(url), Map.of());
    } catch (IOException | IllegalArgumentException e) {
      throw new BotApiException("Telegram file " + token.mask(url) + " could not be downloaded: "
          + token.mask(String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotApiException("Interrupted while downloading a Telegram file");
    }
  }

  private HttpResponse<String> send(String method, String url, Map<String, ?> parameters)
      throws BotApiException {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(parameters)))
          .build();
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException | IllegalArgumentException e) {
      throw new BotApiException("Telegram " + method + " could not be called at " + token.mask(url)
          + ": " + token.mask(e.getClass().getSimpleName() + " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BotApiException("Interrupted while calling Telegram " + method);
    }
  }

  /** The answer as JSON, or an empty object when it is not JSON (a proxy's error page). */
  private static JsonNode parse(String body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      return node == null ? MAPPER.createObjectNode() : node;
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }
}
