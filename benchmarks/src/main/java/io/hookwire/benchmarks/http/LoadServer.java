package io.hookwire.benchmarks.http;

import io.hookwire.benchmarks.fixture.BenchSlackReceiver;
import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.benchmarks.fixture.ServerLifecycle;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.verify.SlackSignature;
import io.hookwire.spark.HookwireSpark;
import spark.Service;

/**
 * The Spark servers of figure 2, each run in a JVM of its own: a Spark server on loopback serving
 * the Slack receiver either through Hookwire or through a hand-written route.
 */
public final class LoadServer {
  /** Serves with the generated receiver, mounted by Hookwire. */
  public static final String HOOKWIRE = "hookwire";
  /** Serves with the hand-written route. */
  public static final String HAND_WRITTEN = "hand-written";

  private LoadServer() {}

  /** Arguments: the variant ({@value #HOOKWIRE} or {@value #HAND_WRITTEN}) and the port. */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    Service http = Service.ignite().ipAddress("127.0.0.1").port(Integer.parseInt(args[1]));
    SlackSignature signature = new SlackSignature(SlackDelivery.SIGNING_SECRET);
    BenchSlackReceiver receiver = new BenchSlackReceiver(signature);
    switch (variant) {
      // Only this receiver: the module's class path holds the inbox figure's too, on the same path.
      case HOOKWIRE -> HookwireSpark.mount(
          Hookwire.builder().only(BenchSlackReceiver.class).instance(receiver).build(), http);
      case HAND_WRITTEN -> HandWrittenRoute.mount(http, new HandWrittenSlackEndpoint(receiver, signature));
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    }
    http.awaitInitialization();
    ServerLifecycle.announceReady();
    ServerLifecycle.awaitStop();
    System.err.println("handled " + receiver.textChars() + " characters of text");
    http.stop();
    http.awaitStop();
    System.exit(0);
  }
}
