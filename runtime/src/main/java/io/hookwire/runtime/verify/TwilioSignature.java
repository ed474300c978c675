package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Verifies Twilio's request signature: {@code X-Twilio-Signature} is the base64 HMAC-SHA1,
 * keyed with the account's auth token, of the full URL Twilio called followed by, for a form
 * body, each field's name and value, sorted by name.
 *
 * <p>For a JSON body Twilio signs the URL only, and adds to it a {@code bodySHA256} query
 * parameter, the hex SHA-256 of the body: that parameter is then required to match the body,
 * so the body is covered through the URL. A non-empty body that is neither a form nor covered
 * by {@code bodySHA256} is refused, as nothing would sign it.
 *
 * <p>The URL is the public base URL given here, such as {@code https://example.com}, followed
 * by the request's raw path and query: proxies and load balancers change the scheme, host and
 * port a request arrives with, never what Twilio called. As Twilio's own libraries do, the base
 * is also tried with its default port written out ({@code https://example.com:443}), or an
 * explicit port left out. Twilio signs no timestamp, so there is no replay window; declare
 * {@code I-Twilio-Idempotency-Token} with {@code @Webhook(deliveryIdHeader = …)} to recognise a
 * retry.
 *
 * <p>Immutable and thread-safe; build it once and share it:
 *
 * <pre>{@code
 * @Verify void verify(WebhookRequest request) throws RequestVerificationException { twilio.verify(request); }
 * }</pre>
 */
public final class TwilioSignature {
  static final String SIGNATURE = "X-Twilio-Signature";
  static final String BODY_HASH = "bodySHA256";
  private static final int SHA256_BYTES = 32;
  private static final ThreadLocal<BodyHash> BODY_HASHES = ThreadLocal.withInitial(BodyHash::create);

  private final HmacSignature formSignature;
  private final HmacSignature urlSignature;

  /**
   * A verifier for the account's auth token; while rotating (Twilio's secondary token), also pass
   * the tokens still in use.
   *
   * @param publicBaseUrl the scheme, host and port (and any path prefix a proxy removes) of the
   *     URLs configured at Twilio, such as {@code https://example.com}
   * @param authToken the account's current auth token
   * @param previousTokens older auth tokens that are still accepted, if any
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if the URL is not an absolute http or https URL without
   *     query or fragment, or a token is empty or blank
   */
  public TwilioSignature(String publicBaseUrl, String authToken, String... previousTokens) {
    this.formSignature = scheme(publicBaseUrl, authToken, previousTokens).signedContent("{url}{form}").build();
    this.urlSignature = scheme(publicBaseUrl, authToken, previousTokens).signedContent("{url}")
        .bodyCoveredElsewhere().build();
  }

  private static HmacSignature.Builder scheme(String publicBaseUrl, String authToken, String... previousTokens) {
    return HmacSignature.builder().signatureHeader(SIGNATURE).algorithm(HmacSignature.Algorithm.SHA1)
        .encoding(HmacSignature.Encoding.BASE64).publicBaseUrl(publicBaseUrl)
        .namedSecrets("auth token", authToken, previousTokens);
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if the header is missing, empty, duplicated or not the
   *     base64 of 20 bytes; {@code bodySHA256} is repeated, malformed or does not match the body;
   *     a body without it is not a well-formed form; or the signature matches no token
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    List<String> bodyHash = request.queryParams().getOrDefault(BODY_HASH, List.of());
    if (bodyHash.isEmpty()) {
      formSignature.verify(request);
      return;
    }
    // The signature first: an unsigned request learns nothing from the hash check.
    urlSignature.verify(request);
    requireBodyHash(bodyHash, request.bodyBytes());
  }

  private static void requireBodyHash(List<String> values, byte[] body) throws RequestVerificationException {
    if (values.size() > 1) {
      throw Rejections.reject(Rejections.duplicatedQuery(BODY_HASH));
    }
    String value = values.get(0);
    BodyHash hash = BODY_HASHES.get();
    byte[] expected;
    try {
      expected = SignatureText.hex(BODY_HASH, value, 0, value.length(), hash.received());
    } catch (RequestVerificationException e) {
      throw Rejections.reject(Rejections.malformedQuery(BODY_HASH, "not the lower-case hex of a SHA-256"));
    }
    if (!MessageDigest.isEqual(hash.of(body), expected)) {
      throw Rejections.reject(Rejections.bodyHashMismatch(BODY_HASH));
    }
  }

  /**
   * A thread's SHA-256 and the arrays it compares: looking up a digest for every delivery
   * allocates its state, and this one is only reset.
   */
  private record BodyHash(MessageDigest digest, byte[] computed, byte[] received) {
    static BodyHash create() {
      try {
        return new BodyHash(MessageDigest.getInstance("SHA-256"), new byte[SHA256_BYTES], new byte[SHA256_BYTES]);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is not available", e);
      }
    }

    /** The digest of {@code body}, in this thread's array. */
    byte[] of(byte[] body) {
      digest.reset();
      digest.update(body);
      try {
        digest.digest(computed, 0, SHA256_BYTES);
      } catch (DigestException e) {
        throw new IllegalStateException("the array has the digest's own length", e);
      }
      return computed;
    }
  }

  @Override
  public String toString() {
    return "TwilioSignature[" + formSignature + "]";
  }
}
