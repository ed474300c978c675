package io.hookwire.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.WebhookRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook receivers of an application, served by whichever server the application runs.
 *
 * <pre>{@code
 * Hookwire hookwire = Hookwire.builder()
 *     .instance(new SlackReceiver(System.getenv("SLACK_SIGNING_SECRET")))
 *     .basePath("/hooks")
 *     .build();
 * MountReport report = hookwire.start();
 * }</pre>
 *
 * <p>{@link #builder()} collects the configuration; {@link Builder#build()} finds the receivers,
 * makes their instances and checks the configuration, so mistakes show before any request
 * arrives. {@link #start()} connects the receivers with their messaging apps, once. A server
 * adapter then serves them: {@code HookwireSpark.mount(hookwire, service)} from
 * {@code hookwire-spark}, {@code new HookwireHandler(hookwire)} from {@code hookwire-jetty},
 * {@code new HookwireServlet(hookwire)} from {@code hookwire-servlet}; each calls
 * {@link #receive(RequestHead)} for every request. {@link #handle(WebhookRequest)} answers a
 * request without any server, for tests. {@link #stop(Duration)} drains the deliveries under way;
 * stopping the server is left to whoever owns it.
 *
 * <p>A {@code Hookwire} is immutable once built, apart from the start-up it runs once, and safe to
 * use from several threads.
 */
public final class Hookwire {
  /** The default limit of a request body: 1 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;
  /** The largest body limit allowed: a body is held in one byte array. */
  public static final long MAX_BODY_BYTES_LIMIT = Integer.MAX_VALUE - 8;
  /** The default number of attempts to connect a receiver. */
  public static final int DEFAULT_CONNECT_ATTEMPTS = 3;
  /** The default wait after the first failed attempt to connect; it doubles after each. */
  public static final Duration DEFAULT_CONNECT_BACKOFF = Duration.ofSeconds(1);
  /** How long {@link #stop()} waits for deliveries under way. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);
  /** The default time a client has to send its whole body, counted from its request's head. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
  /** The default minimum rate of a body, in bytes a second; see {@link Builder#minBodyRate}. */
  public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 1024;
  /** The default time from a request's head before its body's minimum rate applies; see {@link Builder#minBodyRate}. */
  public static final Duration DEFAULT_MIN_BODY_RATE_GRACE = Duration.ofSeconds(2);
  /** The default number of request bodies read at once; see {@link Builder#maxConcurrentBodyReads}. */
  public static final int DEFAULT_MAX_CONCURRENT_BODY_READS = 128;

  private static final Logger LOG = LoggerFactory.getLogger(Hookwire.class);

  private final List<ReceiverRoute> routes;
  private final String basePath;
  private final Pipeline pipeline;
  private final boolean failFast;
  private final ConnectRetry connectRetry;
  private final BodyReading bodyReading;
  private final InboxConsumers inboxConsumers;
  private volatile Started started;

  private Hookwire(Builder builder, List<ReceiverRoute> routes, Pipeline pipeline, InboxConsumers inboxConsumers) {
    this.routes = routes;
    this.basePath = builder.basePath;
    this.pipeline = pipeline;
    this.inboxConsumers = inboxConsumers;
    this.failFast = builder.failFast;
    this.connectRetry = new ConnectRetry(builder.connectAttempts, builder.connectBackoff, builder.sleeper);
    this.bodyReading = new BodyReading(builder.bodyTimeout, builder.minBodyBytesPerSecond, builder.minBodyRateGrace,
        builder.maxConcurrentBodyReads);
  }

  /** A builder with every default; see {@link Builder} for each of them. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The receivers found on the class path, each made with its constructor without parameters,
   * and every other default: {@code builder().build()}.
   *
   * @throws IllegalStateException if the configuration is wrong, or no receiver is found; see
   *     {@link Builder#build()}
   */
  public static Hookwire create() {
    return builder().build();
  }

  /**
   * Runs the start-up, once however often it is called and from however many threads: for each
   * receiver, if {@code @IsConnected} says it is connected, it is mounted; otherwise its
   * {@code @Connect} method is called, once (with retries, see {@link Builder#connectAttempts}),
   * and it is mounted; one that is not connected and has no {@code @Connect} is not mounted. A
   * receiver whose {@code @IsConnected} or {@code @Connect} fails is not mounted: the failure is
   * logged at {@code ERROR} and kept in {@link MountReport#failed()}, and the others serve.
   *
   * <p>With an {@linkplain Builder#inbox inbox}, the start-up then starts the inbox's consumers,
   * which handle the stored deliveries of the receivers mounted.
   *
   * <p>Adapters call it when they mount; the first request runs it when nothing did before.
   *
   * @return the routes mounted and the receivers not mounted, with the cause
   * @throws WebhookSetupException in fail-fast mode, when a receiver cannot be connected; its
   *     message names the receiver and its cause is the failure
   */
  public MountReport start() throws WebhookSetupException {
    Startup startup = started().startup();
    startup.rethrowFailure();
    return startup.report();
  }

  /**
   * The routes {@link #start()} mounted, in the order their receivers were found: each receiver's
   * name and path, base path included. Runs the start-up if it has not run.
   *
   * @throws WebhookSetupException in fail-fast mode, when a receiver could not be connected
   */
  public List<MountReport.MountedRoute> routes() throws WebhookSetupException {
    return start().mounted();
  }

  /**
   * The prefix of every receiver's path, as {@link Builder#basePath} normalised it: {@code ""} for
   * none, otherwise a path such as {@code /hooks}, with a leading slash and no trailing one. For
   * adapters that map their server's paths to the receivers before the start-up has run.
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Answers {@code request} as a server would, without HTTP: runs the start-up first if it has not
   * run, finds the receiver by the request's path, fills in the path parameters and runs the
   * pipeline. A path no receiver has gets {@code 404 Not found.}; a receiver's path with a
   * parameter that is not percent-encoded UTF-8 ({@code %FF}, {@code %zz}) gets
   * {@code 400 Bad request.}, before {@code @Verify} runs.
   *
   * @throws IllegalStateException in fail-fast mode, when a receiver could not be connected
   */
  public WebhookResponse handle(WebhookRequest request) {
    Objects.requireNonNull(request, "request");
    Started current = startedOrThrow();
    Optional<RouteTable.Match> match = current.table().find(request.path());
    if (match.isEmpty()) {
      return pipeline.notFound(request.method(), request.path());
    }
    // Decided on the path, as every adapter's reception decides it, before the method or the body.
    if (match.get().undecodableParam().isPresent()) {
      return pipeline.undecodablePathParam(match.get().route(), match.get().undecodableParam().get());
    }
    return pipeline.handle(match.get().route(), withPathParams(request, match.get().pathParams()));
  }

  /**
   * For server adapters: takes one HTTP request, from its head to its answer. See
   * {@link Reception} for what the adapter does with it; applications call their adapter instead.
   *
   * @throws IllegalStateException in fail-fast mode, when a receiver could not be connected
   */
  public Reception receive(RequestHead head) {
    Objects.requireNonNull(head, "head");
    return HttpReception.open(pipeline, startedOrThrow().table(), head, bodyReading);
  }

  /**
   * For server adapters that share their server with other handlers: whether a receiver serves
   * {@code rawPath}, so that a request for any other path is left to the application.
   */
  public boolean serves(String rawPath) {
    return startedOrThrow().table().find(Objects.requireNonNull(rawPath, "rawPath")).isPresent();
  }

  /** {@link #stop(Duration)} with {@link #DEFAULT_STOP_TIMEOUT}. */
  public boolean stop() throws InterruptedException {
    return stop(DEFAULT_STOP_TIMEOUT);
  }

  /**
   * Stops gracefully: new deliveries are answered {@code 503 Service unavailable.} (with
   * {@code Retry-After}), so their senders retry them later, and deliveries under way get up to
   * {@code timeout} to finish and have their answers written. The server is left running: stop it
   * afterwards, as its owner. Call it from a shutdown hook to stop on {@code SIGTERM} without
   * losing a delivery.
   *
   * <p>With an {@linkplain Builder#inbox inbox}, its consumers then stop too, within what is left
   * of {@code timeout}: a stored delivery whose handler has not finished by then is interrupted
   * and stays stored, for another instance or the next start to handle.
   *
   * @return whether every delivery under way finished within the timeout
   */
  public boolean stop(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    LOG.info("Stopping: refusing new deliveries, waiting up to {} ms for those under way", timeout.toMillis());
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean drained = pipeline.drain(timeout);
    drained &= inboxConsumers.stop(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    if (drained) {
      LOG.info("Stopped: no delivery is under way");
    } else {
      LOG.warn("Stopped with deliveries still under way after {} ms", timeout.toMillis());
    }
    return drained;
  }

  private static WebhookRequest withPathParams(WebhookRequest request, Map<String, String> params) {
    return params.isEmpty() ? request : request.toBuilder().pathParams(params).build();
  }

  private Started startedOrThrow() {
    Started current = started();
    try {
      current.startup().rethrowFailure();
    } catch (WebhookSetupException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return current;
  }

  private Started started() {
    Started current = started;
    if (current == null) {
      synchronized (this) {
        current = started;
        if (current == null) {
          Startup startup = Startup.run(routes, failFast, connectRetry);
          current = new Started(startup, new RouteTable(startup.connected()));
          started = current;
          logOutcome(startup);
          pipeline.observer().started(startup.report());
          inboxConsumers.start(startup);
        }
      }
    }
    return current;
  }

  // In fail-fast mode a failure ends the start-up: a report of what was mounted would mislead.
  private static void logOutcome(Startup startup) {
    try {
      startup.rethrowFailure();
      LOG.info("{}", startup.report());
    } catch (WebhookSetupException e) {
      LOG.error("Start-up failed: {}", LogText.escape(e.getMessage()));
    }
  }

  /** The outcome of the start-up, with the table that routes requests among the receivers. */
  private record Started(Startup startup, RouteTable table) {}

  /**
   * The configuration of a {@link Hookwire}. Every setting has a default; {@link #build()} finds
   * the receivers and checks that they can be made and mounted together.
   */
  public static final class Builder {
    private final ReceiverSources sources = new ReceiverSources();
    private final List<WebhookRegistry> registries = new ArrayList<>();
    private ObjectMapper mapper = JsonMappers.DEFAULT;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private String basePath = "";
    private boolean failFast;
    private ClassLoader classLoader;
    private DeliveryLog deliveryLog;
    private Inbox inbox;
    private int connectAttempts = DEFAULT_CONNECT_ATTEMPTS;
    private Duration connectBackoff = DEFAULT_CONNECT_BACKOFF;
    private ConnectRetry.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private long minBodyBytesPerSecond = DEFAULT_MIN_BODY_BYTES_PER_SECOND;
    private Duration minBodyRateGrace = DEFAULT_MIN_BODY_RATE_GRACE;
    private int maxConcurrentBodyReads = DEFAULT_MAX_CONCURRENT_BODY_READS;
    private Set<Class<?>> only;
    private PipelineObserver.Factory observers = PipelineObserver.Factory.NONE;

    private Builder() {}

    /**
     * The instance to serve for its {@code @Webhook} class: needed when the class has no
     * constructor without parameters, or to share an instance the application configured. An
     * instance of a subclass, such as a test double, serves for the {@code @Webhook} class above it.
     *
     * @throws IllegalArgumentException if an instance or factory of the same class was given
     */
    public Builder instance(Object receiver) {
      sources.instance(Objects.requireNonNull(receiver, "receiver"));
      return this;
    }

    /**
     * A factory for the {@code @Webhook} class {@code type}, called once, by {@link #build()}:
     * for a receiver with no constructor without parameters that should be made only when the
     * receivers are.
     *
     * @throws IllegalArgumentException if an instance or factory of the same class was given
     */
    public <T> Builder factory(Class<T> type, Supplier<? extends T> factory) {
      sources.factory(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
      return this;
    }

    /**
     * The mapper that reads event bodies and writes JSON answers. By default a mapper that ignores
     * unknown properties, since providers add fields to their payloads all the time.
     */
    public Builder objectMapper(ObjectMapper mapper) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      return this;
    }

    /**
     * The largest request body accepted, in bytes, by receivers that set no limit of their own
     * with {@code @Webhook(maxBodyBytes)}; 1 MiB by default. A larger body is answered
     * {@code 413 Payload too large.}, at once when its {@code Content-Length} says so, otherwise
     * as soon as reading it passes the limit.
     *
     * @throws IllegalArgumentException if negative or above {@link Hookwire#MAX_BODY_BYTES_LIMIT}
     */
    public Builder maxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 0 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
        throw new IllegalArgumentException(
            "maxBodyBytes must be between 0 and " + MAX_BODY_BYTES_LIMIT + ": " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * A prefix for every receiver's path, so {@code basePath("/hooks")} serves
     * {@code /slack/events} at {@code /hooks/slack/events}. {@code "/hooks"}, {@code "hooks"} and
     * {@code "/hooks/"} mean the same; {@code ""} and {@code "/"} mean none, the default.
     *
     * @throws IllegalArgumentException if it is no path, as when a brace is not around a whole segment
     */
    public Builder basePath(String basePath) {
      String normalised = normaliseBasePath(Objects.requireNonNull(basePath, "basePath"));
      if (!normalised.isEmpty()) {
        // Checked here: found only when the receivers' paths are compiled, it would read as their fault.
        try {
          PathTemplate.compile(normalised);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("basePath \"" + basePath + "\" is malformed: " + e.getMessage(), e);
        }
      }
      this.basePath = normalised;
      return this;
    }

    /**
     * Whether {@link Hookwire#start()} throws {@link WebhookSetupException} when a receiver cannot be
     * connected, instead of leaving it out and mounting the others; {@code false} by default. The
     * receivers after the one that failed are then not connected.
     */
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /**
     * The class loader in which to look for registries with {@link ServiceLoader}; by default the
     * context class loader of the thread that calls {@link #build()}.
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    /**
     * Where deliveries already handled are remembered, for receivers that name a delivery id
     * ({@code @Webhook(deliveryIdHeader)} or {@code deliveryIdPointer}); by default an
     * {@link InMemoryDeliveryLog} of 100,000 deliveries over 24 hours. Give a shared log when
     * several instances of the application receive the same deliveries.
     */
    public Builder deliveryLog(DeliveryLog deliveryLog) {
      this.deliveryLog = Objects.requireNonNull(deliveryLog, "deliveryLog");
      return this;
    }

    /**
     * A durable inbox: a delivery whose handler returns nothing ({@code void}) is stored in it,
     * once verified and bound, and answered {@code 200 OK} only once it is stored; its handler
     * runs afterwards, on whichever instance's consumer takes it. {@code 503} with
     * {@code Retry-After} when the inbox cannot store it in time. Handlers that return a value
     * still run at once. None by default: every handler runs while its sender waits.
     *
     * <p>Give the same {@link #deliveryLog} to every instance that shares the inbox, so that a
     * delivery stored twice (its sender retried, or sent it to two instances) is handled once.
     */
    public Builder inbox(Inbox inbox) {
      this.inbox = Objects.requireNonNull(inbox, "inbox");
      return this;
    }

    /**
     * How many times to try {@code @IsConnected} and {@code @Connect} before a receiver is reported
     * as failed; {@value #DEFAULT_CONNECT_ATTEMPTS} by default, 1 for no retry.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder connectAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("connectAttempts must be at least 1: " + attempts);
      }
      this.connectAttempts = attempts;
      return this;
    }

    /**
     * The wait after the first failed attempt to connect; 1 second by default. Each later wait
     * doubles, up to 30 seconds, and is shortened by a random part of up to half.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder connectBackoff(Duration backoff) {
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("connectBackoff must not be negative: " + backoff);
      }
      this.connectBackoff = backoff;
      return this;
    }

    /**
     * Serves only the receivers of these {@code @Webhook} classes, leaving out every other one the
     * registries know: to test one receiver while others of the same compilation need constructor
     * arguments, or to split receivers between applications that share a jar. Calls add up. An
     * instance or factory given for a receiver left out is not used, so a test can narrow the
     * application's own set-up.
     *
     * @throws IllegalArgumentException if no class is given
     */
    public Builder only(Class<?>... receiverClasses) {
      if (receiverClasses.length == 0) {
        throw new IllegalArgumentException("only() needs at least one @Webhook class");
      }
      if (only == null) {
        only = new LinkedHashSet<>();
      }
      for (Class<?> type : receiverClasses) {
        only.add(Objects.requireNonNull(type, "receiverClasses"));
      }
      return this;
    }

    /**
     * The time a client has to send its whole body, counted from when its request's head arrived,
     * so that a body that never starts is bounded as well as one that drips; 30 seconds by
     * default. A body still incomplete then is answered {@code 408} and its connection closed. A
     * body that drips is cut off long before, by the minimum rate ({@link #minBodyRate}).
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder bodyTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("bodyTimeout must be positive: " + timeout);
      }
      this.bodyTimeout = timeout;
      return this;
    }

    /**
     * The slowest a body may arrive: once {@code grace} from its request's head is over, the body
     * must have brought at least {@code bytesPerSecond} bytes for every second past the grace,
     * counting every byte since the head; 1 KiB a second after 2 seconds by default. A body that
     * falls behind is answered {@code 408} and its connection closed, as one past its
     * {@link #bodyTimeout}, which still bounds the whole body. After {@code n} bytes the next are
     * due {@code grace + n / bytesPerSecond} after the head: at the default rate each KiB received
     * buys a second more, so a pause after bytes that came fast costs nothing. {@code 0} bytes a
     * second turns the minimum off, leaving the body timeout alone.
     *
     * <p>Why: the body timeout alone lets a sender that drips one byte a second hold a body's place
     * (see {@link #maxConcurrentBodyReads}) and, on a blocking server, a thread, for the whole
     * 30 seconds, so a few new connections a second keep every place taken. With the rate such a
     * sender is cut off after about the grace, 2 seconds; to hold a place for the whole timeout it
     * has to send about 28 KiB, real bandwidth for every place it keeps.
     *
     * <p>Why the defaults never cut off a real sender: webhook senders are servers in data centres
     * that write a body of a few KiB right behind its head, so it is all there in milliseconds,
     * long before the grace is over, and the rate never comes into play. The grace covers a lost
     * packet's retransmission and a client waiting for {@code 100 Continue}. A large body has to
     * meet the timeout, which asks far more of it: GitHub's largest, 25 MB, must average over
     * 800 KiB a second to arrive within 30 seconds, several hundred times the minimum rate; and
     * 1 KiB a second is slower than a 14.4 kbit/s modem of the 1990s. Lower it, or turn it off, only for senders on
     * links slower than that.
     *
     * @throws IllegalArgumentException if {@code bytesPerSecond} is negative or {@code grace} is
     *     not positive
     */
    public Builder minBodyRate(long bytesPerSecond, Duration grace) {
      if (bytesPerSecond < 0) {
        throw new IllegalArgumentException("minBodyRate bytesPerSecond must not be negative: " + bytesPerSecond);
      }
      if (grace.isNegative() || grace.isZero()) {
        throw new IllegalArgumentException("minBodyRate grace must be positive: " + grace);
      }
      this.minBodyBytesPerSecond = bytesPerSecond;
      this.minBodyRateGrace = grace;
      return this;
    }

    /**
     * How many request bodies are read at once, across every receiver; 128 by default. A request
     * arriving while that many bodies are still arriving is answered {@code 503} with
     * {@code Retry-After} on its head, and its sender retries. Bodies of real deliveries arrive in
     * milliseconds, so the bound is only reached when senders drip their bodies, on purpose or not:
     * it keeps them from taking every thread of a blocking server (Spark, servlets without async
     * support; keep it below the server's thread count) and the memory of their buffers.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxConcurrentBodyReads(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxConcurrentBodyReads must be positive: " + max);
      }
      this.maxConcurrentBodyReads = max;
      return this;
    }

    /**
     * Records Hookwire's metrics in {@code registry}: every answer by receiver, status and outcome,
     * the time of each handler, the deliveries under way, and which receivers the start-up mounted.
     * docs/operations.md lists each meter with its tags. No tag carries anything a sender controls
     * beyond the receiver it reached: a request for a path no receiver has is counted under the
     * receiver {@code none}.
     *
     * <p>Micrometer ({@code io.micrometer:micrometer-core}) is an optional dependency of the
     * runtime: an application that never calls this method needs none.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.observers = MicrometerObserver.factory(Objects.requireNonNull(registry, "registry"));
      return this;
    }

    /** Replaces the waits between connection attempts; for tests. */
    Builder sleeper(ConnectRetry.Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * A registry to use besides those found on the class path, for receivers compiled in a way
     * that wrote no services file. One registry class found both ways is used once.
     */
    public Builder registry(WebhookRegistry registry) {
      registries.add(Objects.requireNonNull(registry, "registry"));
      return this;
    }

    /**
     * Finds the receivers of every registry, makes an instance of each (the instance given, else
     * the factory given, else the class's constructor without parameters) and checks the
     * configuration. Connects nothing: that is {@link Hookwire#start()}'s work.
     *
     * @throws IllegalStateException with a message that says what to change: no receiver found
     *     (the processor did not run); a class given to {@link #only} that no registry knows; a receiver with no
     *     constructor without parameters and no instance or factory; an instance or factory for a
     *     class no registry knows; two receivers with one name or one path, naming both; a
     *     constructor or factory that failed
     */
    public Hookwire build() {
      List<ReceiverDefinition<?>> found = Registries.receivers(registries, effectiveClassLoader());
      List<ReceiverRoute> routes =
          new ReceiverAssembler(basePath, mapper, sources, maxBodyBytes).assemble(selected(found), found);
      DeliveryLog log = deliveryLog != null ? deliveryLog : new InMemoryDeliveryLog();
      DeliveryDeduplicator deduplicator = new DeliveryDeduplicator(log);
      Pipeline pipeline = new Pipeline(mapper, deduplicator, new InboxDeferral(inbox), observers);
      return new Hookwire(this, routes, pipeline, new InboxConsumers(inbox, mapper, deduplicator));
    }

    private List<ReceiverDefinition<?>> selected(List<ReceiverDefinition<?>> found) {
      if (found.isEmpty()) {
        throw new IllegalStateException("No webhook receivers found. The @Webhook classes were probably compiled"
            + " without hookwire-processor: add it to <annotationProcessorPaths> of maven-compiler-plugin"
            + " (version 3.13 or later), or to the annotationProcessor configuration in Gradle, and rebuild");
      }
      if (only == null) {
        return found;
      }
      List<ReceiverDefinition<?>> chosen = found.stream().filter(definition -> only.contains(definition.type())).toList();
      Set<Class<?>> unknown = new LinkedHashSet<>(only);
      chosen.forEach(definition -> unknown.remove(definition.type()));
      if (!unknown.isEmpty()) {
        throw new IllegalStateException("No webhook registry knows " + unknown.iterator().next().getName()
            + ", given to only(): is it annotated @Webhook, and was hookwire-processor on the annotation"
            + " processor path when it was compiled?");
      }
      return chosen;
    }

    private ClassLoader effectiveClassLoader() {
      if (classLoader != null) {
        return classLoader;
      }
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      return context != null ? context : Hookwire.class.getClassLoader();
    }

    private static String normaliseBasePath(String basePath) {
      String trimmed = basePath.strip();
      int end = trimmed.length();
      while (end > 0 && trimmed.charAt(end - 1) == '/') {
        end--;
      }
      String withoutTrailing = trimmed.substring(0, end);
      return withoutTrailing.isEmpty() || withoutTrailing.startsWith("/") ? withoutTrailing : "/" + withoutTrailing;
    }
  }
}
