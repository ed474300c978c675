package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded property tests over HTTP: requests with hostile bodies, paths and headers, each made from
 * its seed by {@link RequestFuzzer}, so a failing case is reproduced by
 * {@code RequestFuzzer.generate(seed, shape)}. For every one of them the server answers; Hookwire's
 * answers are its statuses with their fixed texts; a handler runs only after verification passed;
 * no forgery gets through; a {@code 500} comes only from the handler that fails on purpose. A path
 * that is not a receiver's is the application's ({@code 404}), and a server may refuse an odd
 * target itself ({@code 400}): neither may reach {@code @Verify}.
 *
 * <p>The seeds are fixed and the count bounded, {@value #DEFAULT_CASES_PER_SHAPE} per body shape,
 * so the suite stays quick and every run sends the same requests; {@code -Dhookwire.fuzz.cases=N}
 * runs N per shape.
 */
public abstract class FuzzContract extends ProbeContract {
  static final int LIMIT = 256 * 1024;

  private static final int DEFAULT_CASES_PER_SHAPE = 200;
  private static final int CASES_PER_SHAPE = Integer.getInteger("hookwire.fuzz.cases", DEFAULT_CASES_PER_SHAPE);
  private static final int BLOCK = 50;
  private static final long FIRST_SEED = 20_240_601L;
  // The only texts Hookwire and the probes answer with, by status: nothing else may come from them.
  private static final Map<Integer, Set<String>> ANSWERS = Map.of(
      200, Set.of("OK", "raw"),
      202, Set.of("Accepted."),
      400, Set.of("Bad request."),
      403, Set.of("Request verification failed."),
      405, Set.of("Method not allowed."),
      413, Set.of("Payload too large."),
      415, Set.of("Unsupported media type."),
      500, Set.of("Internal server error."));

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serveProbes(builder -> builder.maxBodyBytes(LIMIT));
  }

  /**
   * One test per shape and block of seeds, rather than one per seed: hundreds of JUnit tests cost
   * more in reporting than the cases themselves. Each failure names its seed.
   */
  @TestFactory
  Stream<DynamicTest> everyRequestGetsAContractAnswer() {
    int blocks = Math.max(1, CASES_PER_SHAPE / BLOCK);
    int perBlock = Math.min(BLOCK, CASES_PER_SHAPE);
    return Arrays.stream(BodyShape.values()).flatMap(shape -> LongStream.range(0, blocks)
        .mapToObj(block -> FIRST_SEED + block * BLOCK)
        .map(first -> DynamicTest.dynamicTest(shape + " seeds " + first + "..." + (first + perBlock - 1),
            () -> LongStream.range(first, first + perBlock).forEach(seed -> check(seed, shape)))));
  }

  private void check(long seed, BodyShape shape) {
    FuzzedRequest fuzzed = RequestFuzzer.generate(seed, shape);
    calls.reset();
    String request = "seed " + seed + " " + shape + ": " + fuzzed.description();
    RawAnswer answer = assertDoesNotThrow(() -> client.raw().exchange(fuzzed.toBytes(client)), request);
    String context = request + " -> " + answer.status() + " " + answer.body() + ", " + calls;

    if (fromHookwire(answer)) {
      assertTrue(ANSWERS.getOrDefault(answer.status(), Set.of()).contains(answer.body()), context);
      assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"), () -> "not plain text: " + context);
    } else {
      assertTrue(answer.status() == 404 || answer.status() == 400, () -> "not Hookwire's answer: " + context);
      assertEquals(0, calls.verifications(), () -> "the application's or server's answer after @Verify: " + context);
    }
    assertTrue(calls.handled() <= calls.verified(), () -> "a handler ran unverified: " + context);
    if (!fuzzed.genuine()) {
      assertEquals(0, calls.verified(), () -> "a forgery passed verification: " + context);
    }
    assertEquals(answer.status() == 500, calls.failedOnPurpose() > 0, () -> "a 500 without cause: " + context);
    assertEquals(answer.status() == 200 || answer.status() == 202 || answer.status() == 500, calls.handled() > 0,
        () -> "a handler ran, or not, against the answer: " + context);
    if (Set.of(404, 405, 413).contains(answer.status())) {
      assertEquals(0, calls.verifications(), () -> "verified before routing, method or size: " + context);
    }
  }

  /**
   * Whether Hookwire gave the answer, rather than the application (a path that is not a
   * receiver's) or the server (a target it refuses): Hookwire never answers {@code 404}, and its
   * {@code 400} has its own text.
   */
  private static boolean fromHookwire(RawAnswer answer) {
    return answer.status() != 404 && (answer.status() != 400 || answer.body().equals("Bad request."));
  }
}
