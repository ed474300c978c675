package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.GitHubSignature.LEGACY_SIGNATURE;
import static io.hookwire.runtime.verify.GitHubSignature.SIGNATURE;
import static io.hookwire.runtime.verify.TestSigning.hexHmac;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GitHubSignatureTest {
  // The example of GitHub's "Validating webhook deliveries" guide
  // (https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries): this secret
  // and payload give this X-Hub-Signature-256.
  static final String SECRET = "It's a Secret to Everybody";
  static final String BODY = "Hello, World!";
  static final String DOCUMENTED_SIGNATURE = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
  private static final String HEX = DOCUMENTED_SIGNATURE.substring("sha256=".length());

  private final GitHubSignature verifier = new GitHubSignature(SECRET);

  @Test
  void acceptsGitHubsDocumentedExample() {
    assertDoesNotThrow(() -> verifier.verify(request(DOCUMENTED_SIGNATURE)));
  }

  @Test
  void documentedSignatureIsTheHmacOfTheBody() {
    assertEquals(HEX, hexHmac(SECRET, BODY));
  }

  @Test
  void ignoresTheLegacyHeaderBesideTheSha256One() {
    WebhookRequest request = WebhookRequest.builder().body(BODY).header(SIGNATURE, DOCUMENTED_SIGNATURE)
        .header(LEGACY_SIGNATURE, "sha1=0000000000000000000000000000000000000000").build();
    assertDoesNotThrow(() -> verifier.verify(request));
  }

  @Test
  void rejectsAnotherBody() {
    WebhookRequest request = WebhookRequest.builder().body("Hello, World?").header(SIGNATURE, DOCUMENTED_SIGNATURE).build();
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request));
  }

  static Stream<Arguments> malformedRequests() {
    return Stream.of(
        Arguments.of(WebhookRequest.builder().body(BODY).build(), Rejections.missing(SIGNATURE)),
        Arguments.of(WebhookRequest.builder().body(BODY)
                .header(LEGACY_SIGNATURE, "sha1=01dc10d0c83e72ed246219cdd91669667fe2ca59").build(),
            Rejections.missingBesideLegacy(SIGNATURE, LEGACY_SIGNATURE)),
        Arguments.of(request(""), Rejections.empty(SIGNATURE)),
        Arguments.of(WebhookRequest.builder().body(BODY)
                .header(SIGNATURE, DOCUMENTED_SIGNATURE).header(SIGNATURE.toLowerCase(Locale.ROOT), DOCUMENTED_SIGNATURE).build(),
            Rejections.duplicated(SIGNATURE)),
        Arguments.of(request(HEX), Rejections.malformed(SIGNATURE, "expected the prefix sha256=")),
        Arguments.of(request("sha1=" + HEX), Rejections.malformed(SIGNATURE, "expected the prefix sha256=")),
        Arguments.of(request("SHA256=" + HEX), Rejections.malformed(SIGNATURE, "expected the prefix sha256=")),
        Arguments.of(request("sha256=" + HEX.substring(24)),
            Rejections.malformed(SIGNATURE, "40 characters where 64 hex digits are expected")),
        Arguments.of(request("sha256=" + HEX.replace('0', 'z')), Rejections.malformed(SIGNATURE, "not lower-case hexadecimal")),
        Arguments.of(request("sha256=" + HEX.toUpperCase(Locale.ROOT)), Rejections.malformed(SIGNATURE, "not lower-case hexadecimal")));
  }

  @ParameterizedTest
  @MethodSource("malformedRequests")
  void rejectsMalformedHeadersSayingWhichCheckFailed(WebhookRequest request, String reason) {
    assertEquals(reason, rejection(verifier::verify, request));
  }

  @Test
  void acceptsEverySecretDuringRotation() {
    GitHubSignature rotating = new GitHubSignature("new secret", "older secret", SECRET);
    assertDoesNotThrow(() -> rotating.verify(request(DOCUMENTED_SIGNATURE)));
    String signedWithNew = "sha256=" + hexHmac("new secret", BODY);
    assertDoesNotThrow(() -> rotating.verify(request(signedWithNew)));
    assertEquals(Rejections.noMatch(SIGNATURE), rejection(verifier::verify, request(signedWithNew)));
  }

  @Test
  void refusesMissingOrEmptySecrets() {
    assertThrows(NullPointerException.class, () -> new GitHubSignature(null));
    assertThrows(IllegalArgumentException.class, () -> new GitHubSignature(""));
    assertThrows(IllegalArgumentException.class, () -> new GitHubSignature(SECRET, "  "));
  }

  @Test
  void textFormHoldsNoSecret() {
    assertEquals("GitHubSignature[1 secret]", verifier.toString());
  }

  private static WebhookRequest request(String signature) {
    return WebhookRequest.builder().body(BODY).header(SIGNATURE, signature).build();
  }
}
