package io.hookwire.benchmarks.pipeline;

import io.hookwire.benchmarks.fixture.BenchSlackReceiver.EventCallback;
import io.hookwire.runtime.WebhookResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure 1: the cost of one signed 2 KiB Slack {@code event_callback} (verify the HMAC, parse,
 * bind to a record, call the handler) through each of the three pipelines of {@link Pipelines}.
 * {@link #limit} is the floor under all three: the HMAC and one bind, nothing else. Every method
 * answers the same delivery; the set-up runs per trial, so the delivery's timestamp
 * stays inside Slack's five-minute window for the whole fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PipelineBenchmark {
  private Pipelines pipelines;

  /** Builds the pipelines and a freshly signed delivery. */
  @Setup(Level.Trial)
  public void setUp() {
    pipelines = new Pipelines();
  }

  /** (a) Hookwire's generated receiver, through {@code Hookwire#handle}. */
  @Benchmark
  public WebhookResponse generated() {
    return pipelines.generated();
  }

  /** (b) The same work written by hand. */
  @Benchmark
  public WebhookResponse handWritten() {
    return pipelines.handWritten();
  }

  /** (c) A reflection-based dispatcher over the same user class. */
  @Benchmark
  public WebhookResponse reflective() {
    return pipelines.reflective();
  }

  /** The limit: verify the HMAC of the body and bind it once, as no pipeline can do with less. */
  @Benchmark
  public EventCallback limit() {
    return pipelines.limit();
  }
}
