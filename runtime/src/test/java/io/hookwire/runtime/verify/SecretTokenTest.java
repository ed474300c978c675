package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.SecretToken.TELEGRAM_HEADER;
import static io.hookwire.runtime.verify.TestSigning.rejection;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.WebhookRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretTokenTest {
  // Telegram's secret_token allows 1-256 characters of A-Z, a-z, 0-9, _ and -.
  static final String SECRET = "hookwire_test-token_42";

  private final SecretToken verifier = SecretToken.telegram(SECRET);

  @Test
  void acceptsTheSecretInTelegramsHeader() {
    assertDoesNotThrow(() -> verifier.verify(request(SECRET)));
    WebhookRequest lowerCase = WebhookRequest.builder().header("x-telegram-bot-api-secret-token", SECRET).build();
    assertDoesNotThrow(() -> verifier.verify(lowerCase));
  }

  static Stream<Arguments> rejectedRequests() {
    return Stream.of(
        Arguments.of(WebhookRequest.builder().build(), Rejections.missing(TELEGRAM_HEADER)),
        Arguments.of(request(""), Rejections.empty(TELEGRAM_HEADER)),
        Arguments.of(request(SECRET).toBuilder().header(TELEGRAM_HEADER, SECRET).build(), Rejections.duplicated(TELEGRAM_HEADER)),
        Arguments.of(request(SECRET.toUpperCase(java.util.Locale.ROOT)), Rejections.noMatch(TELEGRAM_HEADER)),
        Arguments.of(request(SECRET.substring(1)), Rejections.noMatch(TELEGRAM_HEADER)),
        Arguments.of(request(SECRET + "x"), Rejections.noMatch(TELEGRAM_HEADER)),
        Arguments.of(request("h"), Rejections.noMatch(TELEGRAM_HEADER)),
        Arguments.of(request(SECRET.repeat(20)), Rejections.noMatch(TELEGRAM_HEADER)));
  }

  @ParameterizedTest
  @MethodSource("rejectedRequests")
  void rejectsSayingWhichCheckFailed(WebhookRequest request, String reason) {
    assertEquals(reason, rejection(verifier::verify, request));
  }

  @Test
  void readsTheHeaderItIsGiven() {
    SecretToken custom = new SecretToken("X-Gitlab-Token", SECRET);
    assertDoesNotThrow(() -> custom.verify(WebhookRequest.builder().header("X-Gitlab-Token", SECRET).build()));
    assertEquals(Rejections.missing("X-Gitlab-Token"), rejection(custom::verify, request(SECRET)));
  }

  @Test
  void acceptsEverySecretDuringRotation() {
    SecretToken rotating = SecretToken.telegram("the-new-token", SECRET);
    assertDoesNotThrow(() -> rotating.verify(request(SECRET)));
    assertDoesNotThrow(() -> rotating.verify(request("the-new-token")));
    assertEquals(Rejections.noMatch(TELEGRAM_HEADER), rejection(verifier::verify, request("the-new-token")));
  }

  @Test
  void refusesASecretWithSurroundingWhitespaceThatNoHeaderCouldCarry() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SecretToken.telegram(" " + SECRET));
    assertEquals("secret token must not start or end with whitespace: HTTP drops it from headers", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SecretToken.telegram(SECRET, "previous\t"));
  }

  @Test
  void refusesMissingOrEmptySecretsAndHeaderNames() {
    assertThrows(NullPointerException.class, () -> SecretToken.telegram(null));
    assertThrows(IllegalArgumentException.class, () -> SecretToken.telegram(""));
    assertThrows(IllegalArgumentException.class, () -> SecretToken.telegram(SECRET, " "));
    assertThrows(NullPointerException.class, () -> new SecretToken(null, SECRET));
    assertThrows(IllegalArgumentException.class, () -> new SecretToken("", SECRET));
  }

  @Test
  void textFormHoldsNoSecret() {
    assertEquals("SecretToken[" + TELEGRAM_HEADER + ", 2 secrets]", SecretToken.telegram(SECRET, "old").toString());
  }

  private static WebhookRequest request(String token) {
    return WebhookRequest.builder().header(TELEGRAM_HEADER, token).build();
  }

  @Test
  void gitlabReadsItsOwnHeader() {
    SecretToken gitlab = SecretToken.gitlab("glpat-token", "older-token");
    WebhookRequest request = WebhookRequest.builder().body("{}").header("X-Gitlab-Token", "older-token").build();
    assertDoesNotThrow(() -> gitlab.verify(request));
    assertEquals(Rejections.missing(SecretToken.GITLAB_HEADER),
        rejection(gitlab::verify, WebhookRequest.builder().header(TELEGRAM_HEADER, "glpat-token").build()));
    assertEquals("SecretToken[X-Gitlab-Token, 2 secrets]", gitlab.toString());
  }
}
