package io.hookwire.runtime;

import io.hookwire.runtime.spi.Delivery;

/**
 * What the processor generates for the {@link MessagingAppReceiver} classes; {@code canConnect}
 * says whether the class has a {@code @Connect} method.
 */
public final class MessagingAppReceiver_WebhookReceiver implements WebhookReceiver {
  private final MessagingAppReceiver receiver;
  private final boolean canConnect;

  MessagingAppReceiver_WebhookReceiver(MessagingAppReceiver receiver, boolean canConnect) {
    this.receiver = receiver;
    this.canConnect = canConnect;
  }

  @Override
  public boolean verify(Delivery delivery) {
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) {
    return WebhookResponse.text(200, "hello from " + receiver.getClass().getSimpleName());
  }

  @Override
  public boolean isConnected() throws Exception {
    return receiver.isConnected();
  }

  @Override
  public boolean canConnect() {
    return canConnect;
  }

  @Override
  public void connect() throws Exception {
    receiver.connect();
  }
}
