package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.fixture.ServerLifecycle;
import io.hookwire.kafka.KafkaInbox;
import io.hookwire.runtime.Hookwire;
import io.hookwire.spark.HookwireSpark;
import java.time.Duration;
import spark.Service;

/**
 * The servers of the inbox figure, each run in a JVM of its own: Hookwire on Spark serving
 * {@link SlowSlackReceiver}, handling each delivery inline or storing it in a {@link KafkaInbox}
 * with its default settings, in a topic of its own.
 */
public final class InboxServer {
  private InboxServer() {}

  /**
   * Arguments: {@link HandlingMode#argument()}, the handler's time in milliseconds, the port, and
   * for the inbox the broker's {@code host:port} and the topic.
   */
  public static void main(String[] args) throws Exception {
    HandlingMode mode = HandlingMode.of(args[0]);
    SlowSlackReceiver receiver = new SlowSlackReceiver(Duration.ofMillis(Long.parseLong(args[1])));
    Service http = Service.ignite().ipAddress("127.0.0.1").port(Integer.parseInt(args[2]));
    Hookwire.Builder builder = Hookwire.builder().only(SlowSlackReceiver.class).instance(receiver);
    if (mode == HandlingMode.INBOX) {
      builder.inbox(KafkaInbox.builder().bootstrapServers(args[3]).topic(args[4]).groupId(args[4]).build());
    }
    Hookwire hookwire = builder.build();
    HookwireSpark.mount(hookwire, http);
    http.awaitInitialization();
    ServerLifecycle.announceReady();
    ServerLifecycle.awaitStop();
    // The backlog of a slow handler is left in the topic: the next run uses another.
    hookwire.stop(Duration.ofSeconds(2));
    System.err.println("handled " + receiver.handled() + " deliveries");
    http.stop();
    http.awaitStop();
    System.exit(0);
  }
}
