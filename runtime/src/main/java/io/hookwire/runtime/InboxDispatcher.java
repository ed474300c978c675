package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.DeliveryRejectedException;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryException;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer side of an {@link Inbox}: runs the handler of a stored delivery, found by its
 * receiver's name, at most once per delivery id with the {@link DeliveryLog}. The delivery is not
 * verified again: it was verified before it was stored, and a timestamped signature would have
 * expired by now; the inbox's store must be as trusted as the application.
 */
final class InboxDispatcher implements StoredDeliveryHandler {
  private static final Logger LOG = LoggerFactory.getLogger(InboxDispatcher.class);
  private static final int IN_PROGRESS = 409;

  private final Map<String, ReceiverRoute> routesByName = new HashMap<>();
  private final ObjectMapper mapper;
  private final DeliveryDeduplicator deduplicator;

  InboxDispatcher(List<ReceiverRoute> routes, ObjectMapper mapper, DeliveryDeduplicator deduplicator) {
    routes.forEach(route -> routesByName.put(route.name(), route));
    this.mapper = mapper;
    this.deduplicator = deduplicator;
  }

  @Override
  public void handle(StoredDelivery stored) throws Exception {
    ReceiverRoute route = routesByName.get(stored.receiver());
    if (route == null) {
      throw new StoredDeliveryException("no receiver named " + stored.receiver() + " is mounted");
    }
    Delivery delivery = new Delivery(stored.toRequest(), mapper);
    try {
      deduplicator.once(route, delivery, () -> route.receiver().dispatch(delivery));
    } catch (DeliveryRejectedException e) {
      if (e.status() == IN_PROGRESS) {
        throw e;
      }
      throw new StoredDeliveryException(route.name() + ": the stored delivery cannot be bound: " + e.getMessage(), e);
    }
    LOG.debug("{}: stored delivery {} handled", route.name(), LogText.escape(stored.deliveryId()));
  }
}
