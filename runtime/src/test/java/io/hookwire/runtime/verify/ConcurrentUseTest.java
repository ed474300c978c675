package io.hookwire.runtime.verify;

import static io.hookwire.runtime.verify.TestSigning.at;
import static io.hookwire.runtime.verify.TestSigning.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One verifier shared by many threads gives every thread the answer it would give alone. */
class ConcurrentUseTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2_000;
  private static final Map<Provider, TestSigning.Check> VERIFIERS = new EnumMap<>(Provider.class);

  static {
    for (Provider provider : Provider.values()) {
      VERIFIERS.put(provider, provider.verifier(at(1_700_000_000L), Duration.ofMinutes(5)));
    }
  }

  @Test
  void sharedVerifiersAnswerCorrectlyUnderConcurrentUse() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        int id = thread;
        results.add(pool.submit(() -> countAcceptedOf(id)));
      }
      for (Future<Integer> result : results) {
        assertEquals(ROUNDS / 2, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Alternates valid and tampered deliveries; returns how many were accepted. */
  private static int countAcceptedOf(int thread) {
    int accepted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Provider provider = Provider.values()[round % Provider.values().length];
      byte[] body = utf8("{\"thread\":" + thread + ",\"round\":" + round + "}");
      String signature = provider.sign("1700000000", body);
      byte[] sent = round % 2 == 0 ? body : utf8("{\"thread\":" + thread + ",\"round\":-1}");
      WebhookRequest request = provider.request("1700000000", signature, sent);
      accepted += accepts(provider, request) ? 1 : 0;
    }
    return accepted;
  }

  private static boolean accepts(Provider provider, WebhookRequest request) {
    try {
      VERIFIERS.get(provider).verify(request);
      return true;
    } catch (RequestVerificationException e) {
      return false;
    }
  }
}
