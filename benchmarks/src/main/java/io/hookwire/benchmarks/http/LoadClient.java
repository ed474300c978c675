package io.hookwire.benchmarks.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load generator on loopback: a fixed number of connections, each sending the next
 * request as soon as the answer to the last arrived, recording the latency of every request that
 * ended inside the window (a warm-up is a run whose result is ignored). Bounded both in time (the
 * window) and in count ({@code maxRequests}), so it always stops by itself.
 */
public final class LoadClient {
  /** What one measurement saw. */
  public record Result(long requests, long errors, double seconds, long[] sortedLatencyNanos) {
    public double requestsPerSecond() {
      return requests / seconds;
    }

    /** The latency at {@code quantile} (0.5 for the median), in microseconds. */
    public double latencyMicros(double quantile) {
      if (sortedLatencyNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.min(sortedLatencyNanos.length - 1, Math.ceil(quantile * sortedLatencyNanos.length) - 1);
      return sortedLatencyNanos[Math.max(index, 0)] / 1000.0;
    }
  }

  private final int port;
  private final byte[] request;
  private final int concurrency;
  private final int maxRequests;

  public LoadClient(int port, byte[] request, int concurrency, int maxRequests) {
    this.port = port;
    this.request = request;
    this.concurrency = concurrency;
    this.maxRequests = maxRequests;
  }

  /** Loads the server for {@code measureNanos} on fresh connections, recording every request. */
  public Result run(long measureNanos) throws InterruptedException {
    long measureFrom = System.nanoTime();
    long measureUntil = measureFrom + measureNanos;
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<Worker>> workers = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        Worker worker = new Worker(maxRequests / concurrency, measureFrom, measureUntil);
        workers.add(pool.submit(() -> worker.run(port, request)));
      }
      return merge(workers, measureNanos);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result merge(List<Future<Worker>> workers, long measureNanos) throws InterruptedException {
    long errors = 0;
    List<long[]> latencies = new ArrayList<>();
    for (Future<Worker> future : workers) {
      try {
        Worker worker = future.get();
        errors += worker.errors;
        if (worker.recorded == worker.latencies.length) {
          // The count bound ended the window early for this worker; the rate would read low.
          throw new IllegalStateException("a load worker reached its request bound; raise maxRequests");
        }
        latencies.add(Arrays.copyOf(worker.latencies, worker.recorded));
      } catch (ExecutionException e) {
        throw new IllegalStateException("a load worker failed", e.getCause());
      }
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all.length, errors, measureNanos / 1e9, all);
  }

  /** One connection's loop. */
  private static final class Worker {
    private final long[] latencies;
    private final long measureFrom;
    private final long measureUntil;
    private int recorded;
    private long errors;

    Worker(int capacity, long measureFrom, long measureUntil) {
      this.latencies = new long[capacity];
      this.measureFrom = measureFrom;
      this.measureUntil = measureUntil;
    }

    Worker run(int port, byte[] request) throws IOException {
      Connection connection = new Connection(port);
      try {
        long end = 0;
        while (end < measureUntil && recorded < latencies.length) {
          long start = System.nanoTime();
          int status = connection.exchange(request);
          end = System.nanoTime();
          if (status != 200) {
            errors++;
          } else if (start >= measureFrom && end <= measureUntil) {
            latencies[recorded++] = end - start;
          }
          if (connection.closedByServer()) {
            connection.close();
            connection = new Connection(port);
          }
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException("load on port " + port + " failed", e);
      } finally {
        connection.close();
      }
    }
  }
}
