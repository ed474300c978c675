package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.hookwire.it.receivers.HeaderProbe;
import io.hookwire.it.receivers.PointerProbe;
import io.hookwire.it.receivers.ProbeCalls;
import io.hookwire.it.receivers.ProbeSigning;
import io.hookwire.runtime.Hookwire;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The base of the contracts that send hostile input to the two probes, {@link PointerProbe} and
 * {@link HeaderProbe}, and assert from their {@link ProbeCalls} where each request was stopped.
 */
public abstract class ProbeContract extends ContractServer {
  /** Put into hostile input so that an answer echoing it unescaped is easy to spot. */
  protected static final String MARKER = "<script>alert(1)</script>";

  /** What the probes were asked to do in this test. */
  protected final ProbeCalls calls = new ProbeCalls();

  /** Starts a server for both probes, with {@code settings} applied to the builder; a client. */
  protected final Loopback serveProbes(UnaryOperator<Hookwire.Builder> settings) throws Exception {
    return serve(settings.apply(probes()).build());
  }

  /** A builder serving both probes, which record into {@link #calls}, and nothing else. */
  protected final Hookwire.Builder probes() {
    return Hookwire.builder()
        .only(PointerProbe.class, HeaderProbe.class)
        .instance(new PointerProbe(calls))
        .instance(new HeaderProbe(calls));
  }

  /** A {@code POST} of {@code body}, signed as the probes expect, with more headers as name, value… */
  protected static HttpResponse<String> postSigned(Loopback client, String path, byte[] body, String... headers)
      throws IOException, InterruptedException {
    return client.send(signedPost(client, path, body, headers));
  }

  /** The request of {@link #postSigned}, to send as the test needs. */
  protected static HttpRequest.Builder signedPost(Loopback client, String path, byte[] body, String... headers) {
    List<String> all = new ArrayList<>(List.of(ProbeSigning.HEADER, ProbeSigning.signature(body)));
    all.addAll(List.of(headers));
    return client.request(path)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .headers(all.toArray(String[]::new));
  }

  /** Refused before {@code @Verify} ran: by the server, by routing, by the method, size or time. */
  protected final void assertStoppedBeforeVerify() {
    assertEquals(0, calls.verifications(), () -> "@Verify ran: " + calls);
    assertEquals(0, calls.handled(), () -> "a handler ran: " + calls);
  }

  /** Verified, then refused while parsing: no handler ran. */
  protected final void assertStoppedAfterVerify() {
    assertEquals(1, calls.verified(), () -> "not verified once: " + calls);
    assertEquals(0, calls.handled(), () -> "a handler ran: " + calls);
  }

  /** Refused by verification: no handler ran. */
  protected final void assertForgeryStopped() {
    assertEquals(0, calls.verified(), () -> "a forgery passed @Verify: " + calls);
    assertEquals(0, calls.handled(), () -> "a forgery reached a handler: " + calls);
  }

  /** The answer repeats nothing of the hostile input. */
  protected static void assertNoEcho(String answer) {
    assertFalse(answer.contains(MARKER), () -> "the answer echoes the input: " + answer);
    assertFalse(answer.contains("alert(1)"), () -> "the answer echoes the input: " + answer);
  }
}
