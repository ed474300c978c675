package io.hookwire.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receivers whose webhook must be registered with a messaging app, one per start-up case, each as
 * a user would write it with {@code @IsConnected} and, for some, {@code @Connect}. They count the
 * calls so tests can check the start-up rules.
 */
public abstract class MessagingAppReceiver {
  final AtomicInteger connectCalls = new AtomicInteger();

  /** {@code @IsConnected}. */
  abstract boolean isConnected() throws Exception;

  /** {@code @Connect}, for the receivers that have one. */
  void connect() throws WebhookSetupException {
    connectCalls.incrementAndGet();
  }

  /** Registered already: must be mounted without a call to {@code @Connect}. */
  public static class Connected extends MessagingAppReceiver {
    @Override
    boolean isConnected() {
      return true;
    }
  }

  /** Not registered yet: must be connected once, then mounted. */
  public static class Disconnected extends MessagingAppReceiver {
    @Override
    boolean isConnected() {
      return connectCalls.get() > 0;
    }
  }

  /** The messaging app refuses the registration. */
  public static class Refused extends MessagingAppReceiver {
    @Override
    boolean isConnected() {
      return false;
    }

    @Override
    void connect() throws WebhookSetupException {
      super.connect();
      throw new WebhookSetupException("setWebhook answered 401 Unauthorized");
    }
  }

  /** The messaging app cannot even be asked. */
  public static class Unreachable extends MessagingAppReceiver {
    @Override
    boolean isConnected() {
      throw new IllegalStateException("api.example.org is unreachable");
    }
  }

  /** Not registered and with no {@code @Connect} to register it. */
  public static class Unconnectable extends MessagingAppReceiver {
    @Override
    boolean isConnected() {
      return false;
    }
  }
}
