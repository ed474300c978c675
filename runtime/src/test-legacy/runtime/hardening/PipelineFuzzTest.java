package io.hookwire.runtime.hardening;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Seeded property tests of the pipeline through {@link Hookwire#handle}: thousands of requests with
 * hostile bodies, paths and headers, each made from its seed by {@link RequestFuzzer}, so a failing
 * case is reproduced by {@code RequestFuzzer.generate(seed, shape)}. For every one of them, no
 * exception escapes, the answer is one of the contract's statuses with its fixed text, a handler
 * runs only after verification passed, no forgery gets through, and a {@code 500} comes only from
 * the handler that fails on purpose. {@code -Dhookwire.fuzz.cases=N} runs N cases per shape.
 */
class PipelineFuzzTest {
  static final int LIMIT = 256 * 1024;

  private static final int CASES_PER_SHAPE = Integer.getInteger("hookwire.fuzz.cases", 1_000);
  private static final int BLOCK = 100;
  private static final long FIRST_SEED = 20_240_601L;
  // The only texts the runtime and the probes answer with, by status: nothing else may come back.
  private static final Map<Integer, Set<String>> ANSWERS = Map.of(
      200, Set.of("OK", "raw"),
      202, Set.of("Accepted."),
      400, Set.of("Bad request."),
      403, Set.of("Request verification failed."),
      404, Set.of("Not found."),
      405, Set.of("Method not allowed."),
      413, Set.of("Payload too large."),
      415, Set.of("Unsupported media type."),
      500, Set.of("Internal server error."));

  private final Calls calls = new Calls();
  private final Hookwire hookwire = Probes.hookwire(calls, LIMIT);

  /**
   * One test per shape and block of seeds, rather than one per seed: thousands of JUnit tests cost
   * more in reporting than the cases themselves. Each failure names its seed.
   */
  @TestFactory
  Stream<DynamicTest> everyRequestGetsAContractAnswer() {
    return Arrays.stream(BodyShape.values()).flatMap(shape -> LongStream.range(0, CASES_PER_SHAPE / BLOCK)
        .mapToObj(block -> FIRST_SEED + block * BLOCK)
        .map(first -> DynamicTest.dynamicTest(shape + " seeds " + first + "..." + (first + BLOCK - 1),
            () -> LongStream.range(first, first + BLOCK).forEach(seed -> check(seed, shape)))));
  }

  private void check(long seed, BodyShape shape) {
    FuzzedRequest fuzzed = RequestFuzzer.generate(seed, shape);
    calls.reset();
    String request = "seed " + seed + " " + shape + ": " + fuzzed.description();
    WebhookResponse answer = assertDoesNotThrow(() -> hookwire.handle(fuzzed.request()), request);
    String context = request + " -> " + answer + " " + answer.body() + ", " + calls;

    assertTrue(ANSWERS.getOrDefault(answer.status(), Set.of()).contains(answer.body()), context);
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
}
