package io.hookwire.example;

import io.hookwire.example.LoadDeliveries.Delivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Sends deliveries to a server as 64 senders at once: 64 threads, each taking the next delivery of
 * the list, sending it and waiting for the answer before it takes another. So at most 64
 * requests are in flight, on the keep-alive HTTP/1.1 connections of one JDK {@link HttpClient}.
 * The client opens a connection only when none is free in its pool, so there are 64 of them
 * (as {@code ss} shows during a run; one more would open if a thread sent again before the pool
 * had its connection back).
 *
 * <p>An answer {@code 409} means that a copy of the same delivery is being handled right now: the
 * sender sends it again after a short pause, as a provider retries, and counts the final answer.
 * The server asks for {@code Retry-After: 5} seconds; the pause here is shorter, so that the test
 * stays short, which only makes the server see more copies while one is handled.
 */
final class LoadSender implements AutoCloseable {
  static final int CONNECTIONS = 64;
  /** A status counted for a request that got no answer at all (an {@link IOException}). */
  static final int NO_ANSWER = 0;

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(20);
  private static final int MAX_ATTEMPTS = 1_000;
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);

  /**
   * What a batch got.
   *
   * @param statuses how many deliveries ended with each status
   * @param conflicts how many {@code 409} answers were retried
   * @param firstFailure the first exception or unexpected answer, to explain a failure
   */
  record Result(Map<Integer, Integer> statuses, int conflicts, Duration elapsed, Optional<String> firstFailure) {
    double perSecond(int requests) {
      return requests * 1e9 / elapsed.toNanos();
    }
  }

  private final String baseUrl;
  private final ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  /** A sender to {@code http://127.0.0.1:<port>}. */
  LoadSender(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /** Sends every delivery once (retrying {@code 409}s) and returns how they ended. */
  Result send(List<Delivery> deliveries) throws InterruptedException {
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    Runnable sender = () -> {
      for (int i = next.getAndIncrement(); i < deliveries.size(); i = next.getAndIncrement()) {
        int status = deliver(deliveries.get(i), conflicts, firstFailure);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
      }
    };
    long start = System.nanoTime();
    List<? extends Future<?>> running =
        Stream.generate(() -> senders.submit(sender)).limit(CONNECTIONS).toList();
    for (Future<?> one : running) {
      try {
        one.get(BATCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new AssertionError("a sender did not finish: " + e, e);
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Map<Integer, Integer> counted = new TreeMap<>();
    statuses.forEach((status, count) -> counted.put(status, count.get()));
    return new Result(counted, conflicts.get(), elapsed, Optional.ofNullable(firstFailure.get()));
  }

  private int deliver(Delivery delivery, AtomicInteger conflicts, AtomicReference<String> firstFailure) {
    int status = NO_ANSWER;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        HttpResponse<String> answer = client.send(request(delivery), HttpResponse.BodyHandlers.ofString());
        status = answer.statusCode();
        if (status != 409) {
          if (status != 200) {
            firstFailure.compareAndSet(null, delivery.deliveryId() + ": " + status + " " + answer.body());
          }
          return status;
        }
        conflicts.incrementAndGet();
        Thread.sleep(RETRY_PAUSE.toMillis());
      } catch (IOException e) {
        firstFailure.compareAndSet(null, delivery.deliveryId() + ": " + e);
        return NO_ANSWER;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return NO_ANSWER;
      }
    }
    return status;
  }

  private HttpRequest request(Delivery delivery) {
    return HttpRequest.newBuilder(URI.create(baseUrl + delivery.path()))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .headers(delivery.headers().get())
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
        .build();
  }

  @Override
  public void close() {
    senders.shutdownNow();
  }
}
