package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Answers a {@code GET} to a receiver with a {@code @Handshake} method, by running it. Nothing is
 * verified first, as the method checks the provider's token itself, and nothing is remembered: a
 * challenge is not a delivery, and answering it twice is harmless. Logged as the pipeline logs:
 * {@code INFO} for a request refused ({@code 400} for a missing required parameter), {@code ERROR}
 * for a method that throws ({@code 500}). Thread-safe.
 */
final class Handshakes {
  private static final Logger LOG = LoggerFactory.getLogger(Handshakes.class);

  private final ObjectMapper mapper;

  Handshakes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The answer of {@code route}'s {@code @Handshake} method to {@code delivery}'s request. */
  WebhookResponse answer(ReceiverRoute route, Delivery delivery) {
    WebhookResponse answer;
    try {
      answer = Objects.requireNonNull(route.receiver().handshake(delivery), "@Handshake answered null")
          .writtenWith(mapper);
    } catch (DeliveryRejectedException e) {
      LOG.info("{}: {} handshake refused: {}", route.name(), e.status(), LogText.escape(e.getMessage()));
      return Answers.rejected(e.status());
    } catch (Throwable e) {
      Failures.rethrowIfFatal(e);
      LOG.error("{}: 500 the @Handshake method failed", route.name(), e);
      return Answers.INTERNAL_ERROR;
    }
    // A handshake the method refused (403 for a wrong token) is worth noticing, not an error.
    LOG.atLevel(answer.status() >= 400 ? Level.INFO : Level.DEBUG)
        .log("{}: {} handshake answered", route.name(), answer.status());
    return answer;
  }
}
