package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.hmacSha256;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Shopify and Meta, which sign the body alone. Neither publishes a secret with a signed payload,
 * so deliveries are signed here with plain {@code javax.crypto}. (Meta's scheme is GitHub's,
 * whose documented example GitHubSignatureTest checks; it is checked here too.)
 */
class BodySignatureTest {
  private static final String SECRET = "hush";
  private static final String BODY = "{\"id\":820982911946154508,\"email\":\"jon@example.com\"}";

  @Test
  void shopifyAcceptsTheBase64HmacOfTheBody() {
    ShopifySignature shopify = new ShopifySignature(SECRET);
    String signature = Base64.getEncoder().encodeToString(hmacSha256(utf8(SECRET), utf8(BODY)));
    assertDoesNotThrow(() -> shopify.verify(request("X-Shopify-Hmac-Sha256", signature)));
    assertDoesNotThrow(() -> new ShopifySignature("new secret", SECRET).verify(request("x-shopify-hmac-sha256", signature)));
    WebhookRequest altered = request("X-Shopify-Hmac-Sha256", signature).toBuilder().body(BODY + "\n").build();
    assertEquals(Rejections.noMatch("X-Shopify-Hmac-Sha256"), rejection(shopify::verify, altered));
    String hex = HexFormat.of().formatHex(hmacSha256(utf8(SECRET), utf8(BODY)));
    assertEquals(Rejections.malformed("X-Shopify-Hmac-Sha256", "64 characters where 44 base64 characters are expected"),
        rejection(shopify::verify, request("X-Shopify-Hmac-Sha256", hex)));
    assertFalse(shopify.toString().contains(SECRET));
  }

  @Test
  void metaAcceptsTheHexHmacOfTheBodyAfterItsPrefix() {
    MetaSignature meta = new MetaSignature(SECRET);
    String hex = HexFormat.of().formatHex(hmacSha256(utf8(SECRET), utf8(BODY)));
    assertDoesNotThrow(() -> meta.verify(request("X-Hub-Signature-256", "sha256=" + hex)));
    assertEquals(Rejections.malformed("X-Hub-Signature-256", "expected the prefix sha256="),
        rejection(meta::verify, request("X-Hub-Signature-256", hex)));
    assertEquals(Rejections.missing("X-Hub-Signature-256"),
        rejection(meta::verify, request("X-Hub-Signature", "sha1=" + hex.substring(24))));
  }

  @Test
  void metaAcceptsGitHubsDocumentedExampleOfTheSameScheme() {
    WebhookRequest request = WebhookRequest.builder().body(GitHubSignatureTest.BODY)
        .header("X-Hub-Signature-256", GitHubSignatureTest.DOCUMENTED_SIGNATURE).build();
    assertDoesNotThrow(() -> new MetaSignature(GitHubSignatureTest.SECRET).verify(request));
  }

  @Test
  void refuseMissingOrBlankSecrets() {
    assertThrows(NullPointerException.class, () -> new ShopifySignature(null));
    assertThrows(IllegalArgumentException.class, () -> new MetaSignature(" "));
    assertThrows(IllegalArgumentException.class, () -> new ShopifySignature(SECRET, ""));
  }

  private static WebhookRequest request(String header, String signature) {
    return WebhookRequest.builder().body(BODY).header(header, signature).build();
  }
}
