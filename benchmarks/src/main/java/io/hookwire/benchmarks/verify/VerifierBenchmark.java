package io.hookwire.benchmarks.verify;

import io.hookwire.benchmarks.fixture.Hmac;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.RequestVerificationException;
import java.security.MessageDigest;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
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
 * Figure 5: each verifier accepting a genuine 2 KiB delivery, against a bare {@link Mac} of the
 * same bytes: the Mac is keyed once per thread, as a hand-written check would keep it, and each
 * call MACs the parts and compares in constant time. The ratio is what the verifier adds to the
 * cryptography: header look-ups, parsing, decoding, the replay window.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerifierBenchmark {
  /** Which verifier; the names of {@link SignedCase}. */
  @Param({SignedCase.SLACK, SignedCase.GITHUB, SignedCase.STRIPE, SignedCase.STANDARD, SignedCase.TOKEN})
  public String verifier;

  private SignedCase signedCase;
  private Mac mac;

  /** Signs the case now, inside every replay window for the whole fork, and keys the bare Mac. */
  @Setup(Level.Trial)
  public void setUp() throws RequestVerificationException {
    byte[] body = SlackDelivery.signedAt(0).body();
    signedCase = SignedCase.of(verifier, body, System.currentTimeMillis() / 1000);
    mac = Hmac.newMac(signedCase.key());
    signedCase.verifier().verify(signedCase.request());
    if (!bareMac()) {
      throw new IllegalStateException("the bare MAC of " + verifier + " does not match");
    }
  }

  /** The verifier, accepting the request. */
  @Benchmark
  public void verify() throws RequestVerificationException {
    signedCase.verifier().verify(signedCase.request());
  }

  /** The baseline: a prepared Mac over the same bytes, compared in constant time. */
  @Benchmark
  public boolean bareMac() {
    for (byte[] part : signedCase.signed()) {
      mac.update(part);
    }
    return MessageDigest.isEqual(mac.doFinal(), signedCase.expected());
  }
}
