package io.hookwire.test;

import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.TwilioSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Signs as Twilio does, for {@code TwilioSignature}: {@code X-Twilio-Signature} is the base64
 * HMAC-SHA1, keyed with the auth token, of the URL Twilio calls (the public base URL followed by
 * the path and query) and, for a form body, each field's name and value sorted by name.
 *
 * <ul>
 *   <li>{@link #request(String, String)} posts JSON, as Twilio does: the URL gets a
 *       {@code bodySHA256} query parameter, the hex SHA-256 of the body, and the signature
 *       covers the URL. Unlike other signers', its path may end with a query string.
 *   <li>{@link #formRequest(String, Map)} posts form fields, the way most of Twilio's webhooks
 *       arrive (messages, calls).
 *   <li>{@link #headers(byte[])} signs the body as a form posted to the base URL with path
 *       {@code /} and no query, which is where {@code WebhookRequest.builder()} points; its
 *       headers hold the form content type, part of what the verifier reads.
 * </ul>
 *
 * <p>Twilio signs no timestamp, so {@link #at(Instant)} changes nothing.
 *
 * <pre>{@code
 * TwilioSigner twilio = Signers.twilio("https://example.com", "the auth token");
 * WebhookRequest sms = twilio.formRequest("/twilio/sms", Map.of("From", "+14155550100", "Body", "Hi"));
 * }</pre>
 */
public final class TwilioSigner extends Signer {
  private static final String FORM = "application/x-www-form-urlencoded";

  private final Hmac hmac;
  private final String baseUrl;

  TwilioSigner(String publicBaseUrl, String authToken) {
    // The verifier checks the base URL; building one refuses what it would refuse.
    new TwilioSignature(publicBaseUrl, Secrets.requireText("auth token", authToken));
    this.hmac = new Hmac("HmacSHA1", Hmac.utf8(authToken));
    this.baseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  /**
   * A {@code POST} of these form fields to {@code path}, encoded as UTF-8, with the signature
   * over the URL and the sorted fields.
   *
   * @param path the receiver's path, with the query string configured at Twilio if any:
   *     {@code /twilio/sms?tenant=1}
   * @param fields the fields, by name
   */
  public WebhookRequest formRequest(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    StringBuilder signed = new StringBuilder(baseUrl).append(Objects.requireNonNull(path, "path must not be null"));
    new TreeMap<>(Objects.requireNonNull(fields, "fields must not be null")).forEach((name, value) -> {
      body.add(encode(name) + "=" + encode(value));
      signed.append(name).append(value);
    });
    return post(path).header("Content-Type", FORM).header("X-Twilio-Signature", sign(signed.toString()))
        .body(body.toString()).build();
  }

  /**
   * {@inheritDoc} The path may hold a query string configured at Twilio; {@code bodySHA256}
   * is added to it.
   */
  @Override
  WebhookRequest.Builder delivery(String path, byte[] body) {
    String url = path + (path.contains("?") ? "&" : "?") + "bodySHA256=" + HexFormat.of().formatHex(sha256(body));
    return post(url).header("Content-Type", JSON).header("X-Twilio-Signature", sign(baseUrl + url)).body(body);
  }

  /** A {@code POST} to a path that may end with a query string. */
  private static WebhookRequest.Builder post(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    WebhookRequest.Builder request = WebhookRequest.builder().method("POST");
    return query < 0 ? request.path(pathAndQuery)
        : request.path(pathAndQuery.substring(0, query)).query(pathAndQuery.substring(query + 1));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    StringBuilder signed = new StringBuilder(baseUrl).append('/');
    // A form body has the encoding of a query string: parsed as the runtime parses those.
    WebhookRequest parsed = WebhookRequest.builder().query(new String(body, StandardCharsets.UTF_8)).build();
    new TreeMap<>(parsed.queryParams()).forEach((name, values) ->
        values.stream().sorted().forEach(value -> signed.append(name).append(value)));
    return Map.of("Content-Type", FORM, "X-Twilio-Signature", sign(signed.toString()));
  }

  private String sign(String content) {
    return Base64.getEncoder().encodeToString(hmac.sign(Hmac.utf8(content)));
  }

  private static String encode(String text) {
    return URLEncoder.encode(Objects.requireNonNull(text, "field names and values must not be null"),
        StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] body) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(body);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** This signer: Twilio's signature does not depend on the time. */
  @Override
  public TwilioSigner at(Instant instant) {
    SigningTime.at(instant); // checked all the same, so that every signer refuses the same instants
    return this;
  }

  @Override
  public String toString() {
    return "TwilioSigner[" + baseUrl + "]";
  }
}
