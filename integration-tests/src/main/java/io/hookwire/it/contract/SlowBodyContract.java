package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.CountingReceiver;
import io.hookwire.it.receivers.PointerProbe;
import io.hookwire.it.receivers.ProbeSigning;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that never finishes its body gets {@code 408 Request timeout.} and a closed connection
 * once {@code Hookwire.Builder#bodyTimeout} is up, counted from the request's head, instead of
 * holding a server thread for as long as the server's idle timeout allows; one that sends its body
 * slower than {@code Hookwire.Builder#minBodyRate} gets it as soon as it falls behind, long before
 * the timeout. The timeout is a fraction of a second in the first tests; the rate's are given the
 * usual 30 s, which only the rate can beat within the bound on each test. Those bounds only guard
 * against a hang. The timeout is the body's alone: a handler may take longer. While
 * {@code Hookwire.Builder#maxConcurrentBodyReads} bodies are arriving, another delivery is refused
 * on its head with {@code 503}, and the application is still served.
 */
public abstract class SlowBodyContract extends ProbeContract {
  private static final Duration TIMEOUT = Duration.ofMillis(500);
  // Far beyond the guard: a body answered within the guard was cut off by the rate.
  private static final Duration USUAL_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration GUARD = Duration.ofSeconds(15);
  private static final byte[] ORDER = "{\"type\":\"order\",\"id\":\"A-1\"}".getBytes(StandardCharsets.UTF_8);

  private final CountingReceiver counting = new CountingReceiver();
  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.only(CountingReceiver.class).instance(counting).bodyTimeout(TIMEOUT));
  }

  @AfterEach
  void releaseHeldDelivery() {
    counting.release();
  }

  private String target() {
    return client.target(PointerProbe.PATH);
  }

  @Test
  void aHeadThatPromisesABodyAndSendsNoneTimesOut() {
    String request = RawHttp.postHead(target(), 100);

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aBodyShorterThanItsContentLengthTimesOut() {
    String request = RawHttp.postHead(target(), 100) + "{\"type\":";

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aChunkedBodyWithoutItsLastChunkTimesOut() {
    String request = RawHttp.chunkedHead(target()) + RawHttp.chunk("{\"type\":");

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().exchange(request)));
  }

  @Test
  void aBodyDrippedByteByByteTimesOut() {
    // Each byte comes well within the timeout, so only a deadline for the whole body stops it.
    String head = RawHttp.postHead(target(), 1_000_000);

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> client.raw().drip(head, Duration.ofMillis(20))));
  }

  @Test
  void aBodyThatArrivesInTimeIsServed() throws Exception {
    byte[] body = "{\"type\":\"order\",\"id\":\"A-1\"}".getBytes(StandardCharsets.UTF_8);

    assertEquals(200, postSigned(client, PointerProbe.PATH, body).statusCode());
    assertEquals(1, calls.handled());
  }

  @Test
  void theTimeoutBoundsTheBodyNotTheHandler() throws Exception {
    CompletableFuture<HttpResponse<String>> held = client.postAsync("/counting", "hold");
    assertTrue(counting.awaitHolding(10, TimeUnit.SECONDS));
    // Paces the handler past the body timeout; the outcome is waited for by the future below.
    Thread.sleep(3 * TIMEOUT.toMillis());
    counting.release();

    HttpResponse<String> answer = held.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertEquals("OK", answer.body());
  }

  @Test
  void aBodyDrippedBelowTheMinimumRateTimesOutLongBeforeItsTimeout() throws Exception {
    Loopback rated = serveProbes(builder -> builder.bodyTimeout(USUAL_TIMEOUT).minBodyRate(100, Duration.ofMillis(500)));
    String head = RawHttp.postHead(rated.target(PointerProbe.PATH), 1_000_000);

    // Ten bytes a second, a tenth of the rate.
    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> rated.raw().drip(head, Duration.ofMillis(100))));
  }

  @Test
  void aHeadWithNoBodyTimesOutOnceItsGraceIsOver() throws Exception {
    Loopback rated = serveProbes(builder -> builder.bodyTimeout(USUAL_TIMEOUT).minBodyRate(100, Duration.ofMillis(500)));
    String request = RawHttp.postHead(rated.target(PointerProbe.PATH), 100);

    assertTimedOut(assertTimeoutPreemptively(GUARD, () -> rated.raw().exchange(request)));
  }

  @Test
  void aBodySentSlowlyButAboveTheMinimumRateIsServed() throws Exception {
    Loopback rated = serveProbes(builder -> builder.bodyTimeout(USUAL_TIMEOUT).minBodyRate(50, Duration.ofSeconds(1)));
    String padding = "x".repeat(865);
    byte[] body = ("{\"type\":\"order\",\"id\":\"A-1\",\"note\":\"" + padding + "\"}").getBytes(StandardCharsets.UTF_8);
    String head = RawHttp.postHead(rated.target(PointerProbe.PATH),
        ProbeSigning.HEADER + ": " + ProbeSigning.signature(body) + "\r\n", body.length);

    // 902 bytes, 100 every 250 ms: eight times the rate, for over twice the grace.
    RawAnswer answer = assertTimeoutPreemptively(GUARD,
        () -> rated.raw().paced(head, body, 100, Duration.ofMillis(250)));

    assertEquals(200, answer.status(), answer::text);
    assertEquals(1, calls.handled());
  }

  @Test
  void deliveriesBeyondTheBoundAreRefusedOnTheirHeadUntilTheStalledBodiesAreCutOff() throws Exception {
    int bound = 4;
    // The stalled bodies hold their places for the grace: long enough for the deliveries below to
    // find them all taken even on a loaded machine, where the stalled heads may take a while to arrive.
    Loopback bounded = serveProbes(builder -> builder.bodyTimeout(USUAL_TIMEOUT)
        .minBodyRate(100, Duration.ofSeconds(8)).maxConcurrentBodyReads(bound));
    String stall = RawHttp.postHead(bounded.target(PointerProbe.PATH), 100);
    ExecutorService stallers = Executors.newFixedThreadPool(bound);
    try {
      Supplier<Future<RawAnswer>> stallOne = () -> stallers.submit(() -> bounded.raw().exchange(stall));
      List<Future<RawAnswer>> stalled = new ArrayList<>();
      for (int i = 0; i < bound; i++) {
        stalled.add(stallOne.get());
      }

      RawAnswer refused = assertTimeoutPreemptively(GUARD, () -> firstRefused(bounded, stalled, stallOne));
      assertEquals("30", refused.header("Retry-After").orElse("none"), refused::text);
      HttpResponse<String> health = bounded.send(bounded.request("/health").GET());
      assertEquals(200, health.statusCode());
      assertEquals("up", health.body());

      for (Future<RawAnswer> answer : stalled) {
        RawAnswer cut = answer.get(GUARD.toSeconds(), TimeUnit.SECONDS);
        assertEquals(408, cut.status(), cut::text);
        assertTrue(cut.hasHeader("Connection", "close"), cut::text);
      }
      assertEquals(200, postSigned(bounded, PointerProbe.PATH, ORDER).statusCode());
    } finally {
      stallers.shutdownNow();
    }
  }

  /**
   * Delivers until a delivery is refused with {@code 503}: the stalled heads reach Hookwire in their
   * own time, and until they have, a delivery finds a place free and is served. A stalled head that
   * arrived while such a delivery held a place was refused itself: it is stalled again, so that all
   * of them hold places in the end.
   */
  private static RawAnswer firstRefused(Loopback client, List<Future<RawAnswer>> stalled,
      Supplier<Future<RawAnswer>> stallOne) throws Exception {
    // Each request is written in one go, head and body, as senders write theirs.
    String delivery = RawHttp.post(client.target(PointerProbe.PATH),
        ProbeSigning.HEADER + ": " + ProbeSigning.signature(ORDER) + "\r\n", new String(ORDER, StandardCharsets.UTF_8));
    while (true) {
      for (int i = 0; i < stalled.size(); i++) {
        if (stalled.get(i).isDone() && stalled.get(i).get().status() == 503) {
          stalled.set(i, stallOne.get());
        }
      }
      RawAnswer answer = client.raw().exchange(delivery);
      if (answer.status() == 503) {
        return answer;
      }
      assertEquals(200, answer.status(), answer::text);
    }
  }

  private void assertTimedOut(RawAnswer answer) {
    assertEquals(408, answer.status(), answer::text);
    assertEquals("Request timeout.", answer.body());
    assertTrue(answer.hasHeader("Connection", "close"), answer::text);
    assertStoppedBeforeVerify();
  }
}
