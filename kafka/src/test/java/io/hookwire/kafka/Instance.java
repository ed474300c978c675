package io.hookwire.kafka;

import io.hookwire.kafka.receivers.Jobs;
import io.hookwire.kafka.receivers.Ledger;
import io.hookwire.runtime.DeliveryLog;
import io.hookwire.runtime.Hookwire;
import io.hookwire.test.LoopbackServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * One instance of an application: Hookwire serving {@link Jobs} over real HTTP on loopback
 * (the test kit's {@link LoopbackServer}), with a {@link KafkaInbox} whose consumers join the group
 * every instance of a test shares, and the {@link DeliveryLog} the test gives.
 */
final class Instance implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String name;
  private final Hookwire hookwire;
  private final LoopbackServer server;
  private final URI uri;
  private boolean stopped;

  private Instance(String name, Hookwire hookwire, LoopbackServer server, URI uri) {
    this.name = name;
    this.hookwire = hookwire;
    this.server = server;
    this.uri = uri;
  }

  /**
   * Starts the instance {@code name}: its inbox stores in {@code topic} and consumes in the group
   * of the same name, with {@code settings} applied to the inbox's builder.
   */
  static Instance start(String name, Broker broker, String topic, Ledger ledger, DeliveryLog log,
      UnaryOperator<KafkaInbox.Builder> settings) throws Exception {
    KafkaInbox inbox = settings.apply(KafkaInbox.builder()
        .bootstrapServers(broker.bootstrapServers())
        .topic(topic)
        .groupId(topic)
        .backoff(Duration.ofMillis(20), Duration.ofMillis(200)))
        .build();
    Hookwire hookwire = Hookwire.builder()
        .only(Jobs.class)
        .instance(new Jobs(name, ledger))
        .inbox(inbox)
        .deliveryLog(log)
        .build();
    hookwire.start();
    LoopbackServer server = LoopbackServer.start(hookwire);
    return new Instance(name, hookwire, server, server.baseUri().resolve("/jobs"));
  }

  String name() {
    return name;
  }

  /** Posts a genuine delivery of {@code event} with the id {@code id}, as its sender would. */
  HttpResponse<String> post(String event, String id) throws Exception {
    return CLIENT.send(request(event, id, Jobs.TOKEN), HttpResponse.BodyHandlers.ofString());
  }

  /** {@link #post}, without waiting for the answer. */
  CompletableFuture<HttpResponse<String>> postAsync(String event, String id) {
    return CLIENT.sendAsync(request(event, id, Jobs.TOKEN), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a delivery whose token is wrong, as a forger would. */
  HttpResponse<String> postForged(String event, String id) throws Exception {
    return CLIENT.send(request(event, id, "guessed"), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a genuine delivery with {@code body} as it is. */
  HttpResponse<String> postBody(String event, String id, String body) throws Exception {
    return CLIENT.send(request(event, id, Jobs.TOKEN, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String event, String id, String token) {
    return request(event, id, token, "{\"task\":\"" + event + " " + id + "\"}");
  }

  private HttpRequest request(String event, String id, String token, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .header("X-Event", event)
        .header("X-Delivery", id)
        .header("X-Token", token)
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /**
   * Stops Hookwire, giving the handlers under way {@code timeout}, then the server.
   *
   * @return whether every handler finished in time
   */
  boolean stop(Duration timeout) throws Exception {
    if (stopped) {
      return true;
    }
    stopped = true;
    boolean finished = hookwire.stop(timeout);
    server.close();
    return finished;
  }

  @Override
  public void close() throws Exception {
    stop(Duration.ofSeconds(5));
  }
}
