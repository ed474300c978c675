package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The steps of one delivery after routing, in the order of the pipeline table (README, "The pipeline
 * of one request"): method, size, verify, then parse and dispatch inside the generated receiver;
 * or, for a {@code GET} to a receiver with a handshake, its {@link Handshakes} answer.
 * Knows nothing of HTTP servers, so {@link Hookwire#handle} and every server adapter, through
 * {@link HttpReception}, share it and answer alike.
 *
 * <p>Every answer is logged once, with the receiver's name, at a level that fits it: {@code DEBUG}
 * for answers given, {@code INFO} for input the runtime refuses, {@code WARN} for deliveries that
 * fail verification, {@code ERROR} for handlers that fail. Logs never hold the body or headers,
 * which may carry secrets. Thread-safe.
 */
final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final ObjectMapper mapper;
  private final DeliveryDeduplicator deduplicator;
  private final InboxDeferral deferral;
  private final Handshakes handshakes;
  private final InFlight inFlight = new InFlight();
  private final PipelineObserver observer;

  Pipeline(ObjectMapper mapper, DeliveryDeduplicator deduplicator, InboxDeferral deferral,
      PipelineObserver.Factory observers) {
    this.mapper = mapper;
    this.deduplicator = deduplicator;
    this.deferral = deferral;
    this.observer = observers.create(inFlight::running);
    this.handshakes = new Handshakes(mapper);
  }

  /** Answers a request routed to {@code route}; never throws for anything user code does. */
  WebhookResponse handle(ReceiverRoute route, WebhookRequest request) {
    if (!inFlight.enter()) {
      return stopping(route, request.path());
    }
    try {
      return handleAdmitted(route, request);
    } finally {
      inFlight.exit();
    }
  }

  /** The count of deliveries under way, which a server's reception also holds while it answers. */
  InFlight inFlight() {
    return inFlight;
  }

  /** What the metrics are told, the start-up's outcome included. */
  PipelineObserver observer() {
    return observer;
  }

  /**
   * Refuses new deliveries ({@code 503}) and waits up to {@code timeout} for those under way.
   *
   * @return whether every delivery under way finished in time
   */
  boolean drain(Duration timeout) throws InterruptedException {
    return inFlight.closeAndAwait(timeout);
  }

  /** Answers a request whose delivery the caller already counts in {@link #inFlight()}. */
  WebhookResponse handleAdmitted(ReceiverRoute route, WebhookRequest request) {
    if (!Methods.allowed(route, request.method())) {
      return methodNotAllowed(route, request.method());
    }
    if (request.bodyBytes().length > route.maxBodyBytes()) {
      return payloadTooLarge(route, "a body of " + request.bodyBytes().length + " bytes");
    }
    Delivery delivery = new Delivery(request, mapper);
    if (Methods.isHandshake(route, request.method())) {
      WebhookResponse answer = handshakes.answer(route, delivery);
      return observed(route, answer, DeliveryOutcome.ofDispatch(true, answer.status()));
    }
    return verified(route, delivery)
        ? dispatch(route, delivery)
        : observed(route, Answers.verificationFailed(route.rejectStatus()), DeliveryOutcome.REJECTED);
  }

  /**
   * {@code 404}: no receiver has the path. The log shows only the path's first segment: paths
   * can carry secrets, as Telegram's carry the bot token, and a sender still posting to a receiver
   * that is not mounted must not write that token into the log.
   */
  WebhookResponse notFound(String method, String path) {
    LOG.info("404 no receiver for {} {}", LogText.escape(method), LogText.escape(firstSegment(path)));
    return observed(null, Answers.NOT_FOUND, DeliveryOutcome.REJECTED);
  }

  /**
   * {@code 503}: a request that arrived while stopping, logged by the first segment of its path;
   * {@code route} is {@code null} when no receiver has the path.
   */
  WebhookResponse stopping(ReceiverRoute route, String path) {
    LOG.info("503 stopping; the sender will retry {}", LogText.escape(firstSegment(path)));
    return observed(route, Answers.UNAVAILABLE, DeliveryOutcome.REJECTED);
  }

  /** {@code /telegram/events/123:abc} as {@code /telegram/…}. */
  static String firstSegment(String path) {
    int second = path.indexOf('/', 1);
    return second < 0 ? path : path.substring(0, second) + "/…";
  }

  /**
   * {@code 400}: the path is the route's, but its parameter {@code name} is not percent-encoded
   * UTF-8. Refused before anything else is decided, {@code @Verify} included. Logged by the
   * parameter's name only: its value may be a secret, as Telegram's bot token is.
   */
  WebhookResponse undecodablePathParam(ReceiverRoute route, String name) {
    LOG.info("{}: 400 the path parameter {} is not percent-encoded UTF-8", route.name(), LogText.escape(name));
    return observed(route, Answers.BAD_REQUEST, DeliveryOutcome.REJECTED);
  }

  /** {@code 405}: receivers accept {@code POST}, and {@code GET} when they have a handshake. */
  WebhookResponse methodNotAllowed(ReceiverRoute route, String method) {
    LOG.info("{}: 405 method {} is not allowed", route.name(), LogText.escape(method));
    return observed(route, Methods.notAllowed(route), DeliveryOutcome.REJECTED);
  }

  /** {@code 413}: {@code what}, as the log names it, is larger than the limit. */
  WebhookResponse payloadTooLarge(ReceiverRoute route, String what) {
    LOG.info("{}: 413 {} is over the limit of {} bytes", route.name(), what, route.maxBodyBytes());
    return observed(route, Answers.PAYLOAD_TOO_LARGE, DeliveryOutcome.REJECTED);
  }

  /** {@code 400}: the body could not be read, as when the client sends broken chunks or goes away. */
  WebhookResponse unreadableBody(ReceiverRoute route, Throwable failure) {
    LOG.info("{}: 400 the body could not be read: {}", route.name(), LogText.escape(Failures.describe(failure)));
    return observed(route, Answers.BAD_REQUEST, DeliveryOutcome.REJECTED);
  }

  /**
   * {@code 503}: as many bodies as allowed are being read at once, as when senders drip their
   * bodies on purpose. The sender retries after {@code Retry-After}.
   */
  WebhookResponse tooManyBodies(ReceiverRoute route, int maxAtOnce) {
    LOG.info("{}: 503 {} bodies are being read at once already; the sender will retry", route.name(), maxAtOnce);
    return observed(route, Answers.UNAVAILABLE, DeliveryOutcome.REJECTED);
  }

  /** {@code 408}: the body did not arrive within {@code timeout} of the request's head. */
  WebhookResponse bodyTimedOut(ReceiverRoute route, Duration timeout) {
    LOG.info("{}: 408 the body did not arrive within {} ms", route.name(), timeout.toMillis());
    return observed(route, Answers.REQUEST_TIMEOUT, DeliveryOutcome.REJECTED);
  }

  /** {@code 408}: the body came slower than {@code bytesPerSecond} once {@code grace} was over. */
  WebhookResponse bodyTooSlow(ReceiverRoute route, long bytesPerSecond, Duration grace) {
    LOG.info("{}: 408 the body came slower than {} bytes a second after a grace of {} ms", route.name(),
        bytesPerSecond, grace.toMillis());
    return observed(route, Answers.REQUEST_TIMEOUT, DeliveryOutcome.REJECTED);
  }

  /**
   * The answer could not be written: the client went away, which anyone may do at will, so it is
   * logged at {@code DEBUG}, never as an error with a stack trace that would flood the log.
   */
  void answerNotWritten(ReceiverRoute route, Throwable failure) {
    LOG.debug("{}: the answer could not be written: {}", route == null ? "-" : route.name(),
        LogText.escape(Failures.describe(failure)));
  }

  private boolean verified(ReceiverRoute route, Delivery delivery) {
    try {
      if (route.receiver().verify(delivery)) {
        return true;
      }
      LOG.warn("{}: {} request verification failed: @Verify returned false", route.name(), route.rejectStatus());
    } catch (RequestVerificationException | DeliveryRejectedException e) {
      // A verifier's message may quote what the sender sent.
      LOG.warn("{}: {} request verification failed: {}", route.name(), route.rejectStatus(),
          LogText.escape(e.getMessage()));
    } catch (Throwable e) {
      Failures.rethrowIfFatal(e);
      // Not a rejection but a failure of the verifying code: the stack trace helps to fix it.
      LOG.warn("{}: {} request verification failed: {}", route.name(), route.rejectStatus(),
          LogText.escape(Failures.describe(e)));
      LOG.debug("{}: the @Verify method failed", route.name(), e);
    }
    return false;
  }

  private WebhookResponse dispatch(ReceiverRoute route, Delivery delivery) {
    HandlerCall call = new HandlerCall(observer, route, () -> written(route.receiver().dispatch(delivery)));
    WebhookResponse answer;
    try {
      if (deferral.defers(route, delivery)) {
        WebhookResponse stored = answered(route, deferral.store(route, delivery));
        return observed(route, stored, stored.status() < 400 ? DeliveryOutcome.STORED : DeliveryOutcome.FAILED);
      }
      answer = answered(route, deduplicator.once(route, delivery, call));
    } catch (DeliveryRejectedException e) {
      LOG.info("{}: {} {}", route.name(), e.status(), LogText.escape(e.getMessage()));
      if (e.getCause() != null) {
        LOG.debug("{}: rejected because of", route.name(), e.getCause());
      }
      return observed(route, Answers.rejected(e.status()), call.outcome(e.status()));
    } catch (DeliveryLogFailure e) {
      LOG.error("{}: 503 {}; the sender will retry", route.name(), e.getMessage(), e.getCause());
      return observed(route, Answers.UNAVAILABLE, DeliveryOutcome.FAILED);
    } catch (Throwable e) {
      Failures.rethrowIfFatal(e);
      LOG.error("{}: 500 the handler failed", route.name(), e);
      return observed(route, Answers.INTERNAL_ERROR, DeliveryOutcome.FAILED);
    }
    return observed(route, answer, call.outcome(answer.status()));
  }

  /** Every answer passes here once, with its outcome, so that the metrics count each request once. */
  private WebhookResponse observed(ReceiverRoute route, WebhookResponse answer, DeliveryOutcome outcome) {
    observer.answered(route, answer.status(), outcome);
    return answer;
  }

  /**
   * The handler's answer as it will be sent: a {@link WebhookResponse#json} value is written here,
   * inside the delivery, so that a value Jackson cannot write fails it ({@code 500}, retried by
   * the sender) rather than being acknowledged.
   */
  private WebhookResponse written(WebhookResponse answer) {
    return answer == null ? WebhookResponse.ok() : answer.writtenWith(mapper);
  }

  private static WebhookResponse answered(ReceiverRoute route, WebhookResponse answer) {
    LOG.atLevel(levelOf(answer.status())).log("{}: {} answered", route.name(), answer.status());
    return answer;
  }

  // A handler may choose any status; one it chose to signal a failure deserves more attention.
  private static Level levelOf(int status) {
    return status >= 500 ? Level.WARN : status >= 400 ? Level.INFO : Level.DEBUG;
  }
}
