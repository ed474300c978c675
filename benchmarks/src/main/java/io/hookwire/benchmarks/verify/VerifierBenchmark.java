package io.hookwire.benchmarks.verify;

import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.RequestVerificationException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 5: each verifier accepting a genuine delivery of about 2 KiB, against the bare
 * cryptography of the same check ({@link Baseline}): a {@link javax.crypto.Mac} keyed once per
 * thread over the same bytes, compared in constant time, or for Ed25519 a
 * {@link java.security.Signature} initialised once. The ratio is what the verifier adds to the
 * cryptography: header look-ups, parsing, decoding, the replay window.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerifierBenchmark {
  /** Which verifier, by the name of its class; the cases of {@link SignedCase#of}. */
  @Param({"SlackSignature", "GitHubSignature", "StripeSignature", "StandardWebhooks", "SecretToken",
      "ShopifySignature", "MetaSignature", "ZoomSignature", "LinearSignature", "TwilioSignature",
      "SquareSignature", "HmacSignature", "DiscordSignature", "StandardWebhooksEd25519"})
  public String verifier;

  private SignedCase signedCase;
  private Baseline baseline;

  /** Every verifier measured, in the order of the report. */
  public static List<String> verifiers() {
    try {
      return List.of(VerifierBenchmark.class.getField("verifier").getAnnotation(Param.class).value());
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  /** Signs the case now, inside every replay window for the whole fork, and prepares the baseline. */
  @Setup(Level.Trial)
  public void setUp() throws RequestVerificationException, GeneralSecurityException {
    byte[] body = SlackDelivery.signedAt(0).body();
    signedCase = SignedCase.of(verifier, body, System.currentTimeMillis() / 1000);
    baseline = signedCase.baseline();
    signedCase.verifier().verify(signedCase.request());
    if (!baseline()) {
      throw new IllegalStateException("the baseline of " + verifier + " does not match");
    }
  }

  /** The verifier, accepting the request. */
  @Benchmark
  public void verify() throws RequestVerificationException {
    signedCase.verifier().verify(signedCase.request());
  }

  /** The baseline: the same cryptography over the same bytes, prepared once. */
  @Benchmark
  public boolean baseline() throws GeneralSecurityException {
    return baseline.matches();
  }
}
