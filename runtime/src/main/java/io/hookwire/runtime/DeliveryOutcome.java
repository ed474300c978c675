package io.hookwire.runtime;

import java.util.Locale;

/**
 * What became of a request, as the metrics count it: each answer the pipeline gives has exactly
 * one outcome, passed with it to {@link PipelineObserver#answered}. The status says how it was
 * answered; the outcome says what that means for the delivery.
 */
enum DeliveryOutcome {
  /** A handler ran and answered below {@code 400}: the delivery is handled. */
  HANDLED,
  /**
   * A copy of a delivery handled already, acknowledged without running the handler again, or of
   * one being handled at that moment, answered {@code 409} so that its sender retries.
   */
  REPEATED,
  /**
   * Refused before or by its handler: no receiver for the path, a method other than {@code POST},
   * a body too large, too slow or unreadable, a failed verification, a body that does not parse
   * or bind, a handler's own {@code 4xx}, and the {@code 503} of a stop or of too many bodies at
   * once. Nothing was handled; for the {@code 503}s and {@code 408}s, the sender retries.
   */
  REJECTED,
  /** The handler threw, or answered {@code 5xx}: the sender retries. */
  FAILED,
  /**
   * Written to a durable inbox to be handled after the answer. Recorded by the inbox, when the
   * application has one, from the point where it acknowledges the stored delivery.
   */
  STORED;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /** The value of the {@code outcome} tag: {@code handled}, {@code repeated}, and so on. */
  String tag() {
    return tag;
  }

  /**
   * The outcome of an answer given once the delivery reached the delivery-id check, from whether
   * the handler ran and the answer's status.
   */
  static DeliveryOutcome ofDispatch(boolean handlerRan, int status) {
    if (!handlerRan) {
      // Only the delivery-id check answers without running the handler: 200 for a repeat, 409 for a
      // copy in progress, 400 for an id too long to be real.
      return status < 400 || status == 409 ? REPEATED : REJECTED;
    }
    return status < 400 ? HANDLED : status < 500 ? REJECTED : FAILED;
  }
}
