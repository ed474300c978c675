package io.hookwire.benchmarks.pipeline;

import io.hookwire.benchmarks.fixture.BenchSlackReceiver;
import io.hookwire.benchmarks.fixture.BenchSlackReceiver.EventCallback;
import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.verify.SlackSignature;

/**
 * The three pipelines over one shared user instance and one signed delivery: (a) the generated
 * receiver through {@link Hookwire#handle}, (b) the hand-written endpoint, (c) the reflective
 * dispatcher; and the limit under all three, the {@link MinimumWork} of the same delivery. Shared by the JMH benchmark and the sanity test, so both exercise the same set-up.
 */
public final class Pipelines {
  private final BenchSlackReceiver receiver;
  private final WebhookRequest request;
  private final Hookwire hookwire;
  private final HandWrittenSlackEndpoint handWritten;
  private final ReflectiveDispatcher reflective;
  private final MinimumWork limit;

  /** The pipelines, with a delivery signed now. */
  public Pipelines() {
    SlackSignature signature = new SlackSignature(SlackDelivery.SIGNING_SECRET);
    this.receiver = new BenchSlackReceiver(signature);
    SlackDelivery delivery = SlackDelivery.signedNow();
    this.request = delivery.toRequest();
    this.hookwire = Hookwire.builder().only(BenchSlackReceiver.class).instance(receiver).build();
    this.handWritten = new HandWrittenSlackEndpoint(receiver, signature);
    // Same configuration as Hookwire's default mapper, as a framework would set it up.
    this.reflective = new ReflectiveDispatcher(HandWrittenSlackEndpoint.mapper(), receiver);
    this.limit = new MinimumWork(delivery);
  }

  /** The user instance every pipeline calls. */
  public BenchSlackReceiver receiver() {
    return receiver;
  }

  /** (a) The generated receiver. */
  public WebhookResponse generated() {
    return hookwire.handle(request);
  }

  /** (b) The hand-written endpoint. */
  public WebhookResponse handWritten() {
    return handWritten.handle(request);
  }

  /** (c) The reflective dispatcher. */
  public WebhookResponse reflective() {
    return reflective.handle(request);
  }

  /** The limit: the HMAC and one bind of the same delivery, nothing else; not thread-safe. */
  public EventCallback limit() {
    return limit.deliver();
  }
}
