package io.hookwire.runtime;

import java.util.concurrent.Callable;

/**
 * One delivery's call into its generated receiver, which binds the body and runs the handler: timed
 * for the {@link PipelineObserver}, and remembered, so that an answer the delivery-id check gave
 * without running it is told apart from the handler's own. Used by one thread, for one delivery.
 */
final class HandlerCall implements DeliveryDeduplicator.Handling {
  private final PipelineObserver observer;
  private final ReceiverRoute route;
  private final Callable<WebhookResponse> handler;
  private boolean ran;

  HandlerCall(PipelineObserver observer, ReceiverRoute route, Callable<WebhookResponse> handler) {
    this.observer = observer;
    this.route = route;
    this.handler = handler;
  }

  @Override
  public WebhookResponse run() throws Exception {
    ran = true;
    long start = System.nanoTime();
    try {
      return handler.call();
    } finally {
      observer.handlerTimed(route, System.nanoTime() - start);
    }
  }

  /** The outcome of answering {@code status} after this call ran, or did not. */
  DeliveryOutcome outcome(int status) {
    return DeliveryOutcome.ofDispatch(ran, status);
  }
}
