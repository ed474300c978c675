package io.hookwire.test;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Signs as the providers that sign the body alone with HMAC-SHA256, and no timestamp, do:
 * Shopify ({@code X-Shopify-Hmac-Sha256}: base64), for {@code ShopifySignature}, and Meta
 * ({@code X-Hub-Signature-256}: {@code sha256=} and hex), for {@code MetaSignature}. The key is
 * the secret's UTF-8 bytes. {@link #at(Instant)} changes nothing.
 *
 * <pre>{@code
 * BodySigner shopify = Signers.shopify("the app's client secret");
 * WebhookRequest order = shopify.request("/shopify", "{\"id\":820982911946154508}");
 * }</pre>
 */
public final class BodySigner extends Signer {
  private final String name;
  private final String header;
  private final Hmac hmac;
  private final Function<byte[], String> encoding;

  private BodySigner(String name, String header, Hmac hmac, Function<byte[], String> encoding) {
    this.name = name;
    this.header = header;
    this.hmac = hmac;
    this.encoding = encoding;
  }

  static BodySigner shopify(String secret) {
    return new BodySigner("Shopify", "X-Shopify-Hmac-Sha256", Hmac.utf8Key(Secrets.requireText("secret", secret)),
        Base64.getEncoder()::encodeToString);
  }

  static BodySigner meta(String appSecret) {
    return new BodySigner("Meta", "X-Hub-Signature-256", Hmac.utf8Key(Secrets.requireText("app secret", appSecret)),
        mac -> "sha256=" + HexFormat.of().formatHex(mac));
  }

  @Override
  Map<String, String> signedHeaders(byte[] body) {
    return Map.of(header, encoding.apply(hmac.sign(body)));
  }

  /** This signer: the signature does not depend on the time. */
  @Override
  public BodySigner at(Instant instant) {
    SigningTime.at(instant); // checked all the same, so that every signer refuses the same instants
    return this;
  }

  @Override
  public String toString() {
    return "BodySigner[" + name + "]";
  }
}
