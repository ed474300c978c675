package io.hookwire.it.receivers;

import io.hookwire.Connect;
import io.hookwire.IsConnected;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Receivers whose webhook must be registered with a messaging app, one per start-up case, each as
 * a user would write it with {@code @IsConnected} and, for some, {@code @Connect}. They count the
 * calls to {@code @Connect} so tests can check the start-up rules.
 */
public final class MessagingApps {
  private MessagingApps() {}

  /**
   * What every case shares: the count of connections, and the greeting its catch-all answers. The
   * annotated methods are declared by each case, since the processor reads a class's own methods.
   */
  public abstract static class App {
    private final AtomicInteger connectCalls = new AtomicInteger();

    /** How often {@code @Connect} was called. */
    public int connectCalls() {
      return connectCalls.get();
    }

    int countConnect() {
      return connectCalls.incrementAndGet();
    }

    String greeting() {
      return "hello from " + getClass().getSimpleName();
    }
  }

  /** Registered already: mounted without a call to {@code @Connect}. */
  @Webhook(path = "/apps/connected", name = "connected")
  public static class Connected extends App {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String hello(String body) {
      return greeting();
    }

    @IsConnected
    boolean isConnected() {
      return true;
    }

    @Connect
    void connect() {
      countConnect();
    }
  }

  /** Not registered yet: connected once, then mounted. */
  @Webhook(path = "/apps/disconnected", name = "disconnected")
  public static class Disconnected extends App {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String hello(String body) {
      return greeting();
    }

    @IsConnected
    boolean isConnected() {
      return connectCalls() > 0;
    }

    @Connect
    void connect() {
      countConnect();
    }
  }

  /** The messaging app refuses the registration. */
  @Webhook(path = "/apps/refused", name = "refused")
  public static class Refused extends App {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String hello(String body) {
      return greeting();
    }

    @IsConnected
    boolean isConnected() {
      return false;
    }

    @Connect
    void connect() throws WebhookSetupException {
      countConnect();
      throw new WebhookSetupException("setWebhook answered 401 Unauthorized");
    }
  }

  /** The messaging app cannot even be asked. */
  @Webhook(path = "/apps/unreachable", name = "unreachable")
  public static class Unreachable extends App {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String hello(String body) {
      return greeting();
    }

    @IsConnected
    boolean isConnected() {
      throw new IllegalStateException("api.example.org is unreachable");
    }
  }

  /** Not registered, and with no {@code @Connect} to register it. */
  @Webhook(path = "/apps/unconnectable", name = "unconnectable")
  public static class Unconnectable extends App {
    @Verify
    void verify(WebhookRequest request) {}

    @OnEvent
    String hello(String body) {
      return greeting();
    }

    @IsConnected
    boolean isConnected() {
      return false;
    }
  }
}
