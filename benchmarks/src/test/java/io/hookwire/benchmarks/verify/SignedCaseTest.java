package io.hookwire.benchmarks.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.security.GeneralSecurityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verifier the benchmark measures accepts its genuine case, and for the reason measured: a
 * changed body is refused, so the time is that of a real check; and the baseline matches, so it
 * does the full cryptography of the same bytes.
 */
class SignedCaseTest {
  static Iterable<String> verifiers() {
    return VerifierBenchmark.verifiers();
  }

  @ParameterizedTest
  @MethodSource("verifiers")
  void theVerifierAcceptsItsCaseAndTheBaselineMatches(String verifier) throws GeneralSecurityException {
    SignedCase signed = SignedCase.of(verifier, SlackDelivery.signedAt(0).body(), System.currentTimeMillis() / 1000);
    assertDoesNotThrow(() -> signed.verifier().verify(signed.request()));
    assertTrue(signed.baseline().matches());
  }

  @ParameterizedTest
  @MethodSource("verifiers")
  void aChangedBodyIsRefused(String verifier) throws GeneralSecurityException {
    SignedCase signed = SignedCase.of(verifier, SlackDelivery.signedAt(0).body(), System.currentTimeMillis() / 1000);
    byte[] body = signed.request().bodyBytes().clone();
    body[body.length - 10] ^= 1;
    WebhookRequest altered = signed.request().toBuilder().body(body).build();
    if (verifier.equals("SecretToken")) {
      // A token signs nothing of the body: the case is there for the header check alone.
      assertDoesNotThrow(() -> signed.verifier().verify(altered));
      return;
    }
    assertThrows(RequestVerificationException.class, () -> signed.verifier().verify(altered));
  }
}
