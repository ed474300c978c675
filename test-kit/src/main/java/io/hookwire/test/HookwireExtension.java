package io.hookwire.test;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Serves receivers over real HTTP for the tests of a class, on an ephemeral loopback port, and
 * gives them a {@link DeliveryClient} that posts deliveries to them:
 *
 * <pre>{@code
 * class StripeReceiverTest {
 *   @RegisterExtension
 *   static HookwireExtension hookwire = HookwireExtension.serving(new StripeReceiver(SECRET));
 *
 *   @Test
 *   void handlesAPayment(DeliveryClient client) {
 *     Reply reply = client.post("/stripe", "{\"type\":\"payment_intent.succeeded\"}", Signers.stripe(SECRET));
 *     assertEquals(200, reply.status());
 *   }
 * }
 * }</pre>
 *
 * <p>Registered on a {@code static} field, the receivers start once before the class's first test
 * and stop after its last; on an instance field, they start before and stop after each test. The
 * start-up runs as in production ({@code @IsConnected}, then {@code @Connect} where needed); a
 * receiver it could not mount is listed in {@link #report()} and answers {@code 404}, as in
 * production, so a test can show what a failed {@code @Connect} does. The stop is graceful: a delivery still under
 * way when the tests end is waited for, up to 30 seconds.
 *
 * <p>The receivers are served through Hookwire's server-independent core, on the JDK's built-in
 * HTTP server, so that every answer is the one a server adapter gives. A test of an application's
 * own server setup mounts {@link #hookwire()} on its adapter instead.
 */
public final class HookwireExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Supplier<Hookwire> configuration;
  private Hookwire hookwire;
  private LoopbackServer server;
  private DeliveryClient client;
  private boolean startedForClass;

  private HookwireExtension(Supplier<Hookwire> configuration) {
    this.configuration = configuration;
  }

  /**
   * Serves just these receivers, whatever else the compilation holds: each argument is a receiver
   * instance, served as it is, or a {@code @Webhook} class, made with its constructor without
   * parameters.
   *
   * @throws IllegalArgumentException if no receiver is given
   */
  public static HookwireExtension serving(Object... receivers) {
    if (receivers.length == 0) {
      throw new IllegalArgumentException("serving() needs at least one receiver or @Webhook class");
    }
    Object[] given = receivers.clone();
    return new HookwireExtension(() -> builderFor(given).build());
  }

  /**
   * Serves the {@link Hookwire} that {@code builder} builds, for tests that set a delivery log, a
   * body limit, a base path or anything else a builder takes. The builder is built once for each
   * start, so it must not be changed after it is given.
   */
  public static HookwireExtension serving(Hookwire.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    return new HookwireExtension(builder::build);
  }

  /**
   * A client that posts to the receivers.
   *
   * @throws IllegalStateException outside a test of the class the extension is registered on
   */
  public DeliveryClient client() {
    requireStarted();
    return client;
  }

  /** The address the receivers are served on, {@code http://127.0.0.1:<port>}; see {@link #client()}. */
  public URI baseUri() {
    return client().baseUri();
  }

  /** The {@link Hookwire} being served, to inspect its routes or to answer requests without HTTP. */
  public Hookwire hookwire() {
    requireStarted();
    return hookwire;
  }

  /**
   * What the start-up mounted, and each receiver it could not mount with its cause.
   *
   * @throws WebhookSetupException never, as the start-up has run; declared by {@link Hookwire#start()}
   */
  public MountReport report() throws WebhookSetupException {
    return hookwire().start();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws WebhookSetupException {
    start();
    startedForClass = true;
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws WebhookSetupException {
    if (!startedForClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws InterruptedException {
    if (!startedForClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DeliveryClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return client();
  }

  private static Hookwire.Builder builderFor(Object[] receivers) {
    Hookwire.Builder builder = Hookwire.builder();
    for (Object receiver : receivers) {
      Objects.requireNonNull(receiver, "receivers");
      if (receiver instanceof Class<?> type) {
        builder.only(type);
      } else {
        builder.only(receiver.getClass()).instance(receiver);
      }
    }
    return builder;
  }

  private void start() throws WebhookSetupException {
    Hookwire built = configuration.get();
    built.start();
    try {
      server = LoopbackServer.start(built);
    } catch (IOException e) {
      throw new UncheckedIOException("the receivers could not be served on a loopback port", e);
    }
    hookwire = built;
    client = server.client();
  }

  private void stop() throws InterruptedException {
    if (hookwire == null) {
      return;
    }
    try {
      hookwire.stop(STOP_TIMEOUT);
    } finally {
      server.close();
      hookwire = null;
      server = null;
      client = null;
    }
  }

  private void requireStarted() {
    if (hookwire == null) {
      throw new IllegalStateException("the receivers are served only during the tests of the class that"
          + " registers this extension with @RegisterExtension");
    }
  }
}
