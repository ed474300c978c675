package io.hookwire.runtime;

import io.hookwire.runtime.spi.WebhookReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up rule for one receiver: a receiver that says it is connected is mounted as it is;
 * one that is not is connected first, when it can be; one that is not and cannot be is left out,
 * since a messaging app would never send it anything. Mirrors wagtail-live's
 * {@code webhook_connection_set()} and {@code set_webhook()}.
 */
final class ReceiverConnector {
  private static final Logger LOG = LoggerFactory.getLogger(ReceiverConnector.class);

  private ReceiverConnector() {}

  /**
   * Returns when {@code route} may be mounted, having called its {@code @Connect} method once when
   * needed.
   *
   * @throws Exception what {@code @IsConnected} or {@code @Connect} threw, or a
   *     {@link WebhookSetupException} when the receiver is not connected and cannot connect
   */
  static void ensureConnected(ReceiverRoute route) throws Exception {
    WebhookReceiver receiver = route.receiver();
    if (receiver.isConnected()) {
      LOG.debug("{}: connected already", route.name());
      return;
    }
    if (!receiver.canConnect()) {
      throw new WebhookSetupException(
          "not connected (@IsConnected returned false), and there is no @Connect method to connect it");
    }
    receiver.connect();
    LOG.info("{}: connected", route.name());
  }
}
