package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.LoadDeliveries.Delivery;
import io.hookwire.example.LoadSender.Result;
import io.hookwire.example.ServerProcess.LogWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example under load, over real HTTP on loopback: signed deliveries from 64 connections at
 * once, and a storm of duplicates. The server runs in a {@link ServerProcess} of its own, so that
 * its log and its heap are its alone. Nothing here asserts a time: the figures are printed, for
 * docs/hardening.md, and every loop is bounded by a count.
 */
class LoadTest {
  private static final int WARM_UP = 2_000;
  private static final int DELIVERIES = 20_000;
  private static final int STORM_DELIVERIES = 2_000;
  private static final int COPIES = 3;
  private static final int WARM_UP_RUN = 1;
  private static final int LOAD_RUN = 2;
  private static final int STORM_RUN = 3;
  /** The handler's own line for each Slack delivery with {@code X-Slack-Retry-Num} that it handles. */
  private static final Pattern SLACK_RETRY_HANDLED = Pattern.compile("Slack retry \\d+ of event (\\S+)");

  private static ServerProcess server;
  private static LoadSender sender;

  @BeforeAll
  static void start() throws Exception {
    server = ServerProcess.start(Path.of("target", "load-test-server.log"), "256m");
    sender = new LoadSender(server.port());
  }

  @AfterAll
  static void stop() {
    if (sender != null) {
      sender.close();
    }
    if (server != null) {
      server.close();
      assertEquals(List.of(), new LogWindow(server.log(), 0).problems(), "the server's log from start to stop, " + server.log());
    }
  }

  /**
   * 20,000 signed deliveries from 64 connections, after a warm-up of 2,000: every answer 200, one
   * post for each delivery, no WARN or ERROR logged, and the heap flat.
   *
   * <p>The heap is measured after full collections, once after the warm-up and once after the
   * run, each time with the blog emptied first: the blog keeps every post by design, and its size
   * says nothing about Hookwire. What the server may legitimately keep of the run is then the
   * delivery log's entries (Hookwire remembers each delivery id, up to 100,000 of them, so that a
   * retry is acknowledged without calling the handler again). The child measures what a fresh
   * {@code InMemoryDeliveryLog} takes for the same ids, and the rest of the growth must stay under
   * half of what keeping the bodies of the deliveries alone would take.
   *
   * <p>So the check catches anything that keeps a part of each delivery as large as half its
   * body: the request, its body as bytes or text, its parsed JSON, the response, the Jetty request
   * around it. It cannot catch a leak of less than half a body a delivery (160 bytes here: a
   * handful of small objects), nor one that stops growing before the warm-up ends, nor one that
   * grows with time rather than with deliveries.
   */
  @Test
  void everySignedDeliveryFrom64ConnectionsIsHandledWithNothingLoggedAndTheHeapFlat() throws Exception {
    allAcknowledged(sender.send(LoadDeliveries.mixed(WARM_UP_RUN, WARM_UP)), WARM_UP);
    assertEquals(WARM_UP, server.removeAllPosts());
    long heapBefore = server.liveHeap();
    LogWindow log = server.logFromNow();
    List<Delivery> deliveries = LoadDeliveries.mixed(LOAD_RUN, DELIVERIES);

    Result result = sender.send(deliveries);

    allAcknowledged(result, DELIVERIES);
    assertEquals(DELIVERIES, server.posts(), "posts: one for each delivery");
    assertEquals(List.of(), log.problems(), "WARN, ERROR or stray lines in " + server.log());
    assertEquals(DELIVERIES, server.removeAllPosts());
    long heapAfter = server.liveHeap();
    long deliveryLog = server.deliveryLogCost(LOAD_RUN, DELIVERIES);
    long bodies = deliveries.stream().mapToLong(delivery -> delivery.body().getBytes(StandardCharsets.UTF_8).length).sum();
    long unexplained = heapAfter - heapBefore - deliveryLog;
    System.out.printf("Load: %,d deliveries from %d connections in %.1f s, %,.0f deliveries/s; live heap after the"
            + " warm-up %.1f MiB, after the run (posts removed) %.1f MiB, of which %.1f MiB for the delivery log's"
            + " %,d new ids: %,d bytes unexplained, bound %,d bytes%n",
        DELIVERIES, LoadSender.CONNECTIONS, result.elapsed().toMillis() / 1e3, result.perSecond(DELIVERIES),
        mib(heapBefore), mib(heapAfter), mib(deliveryLog), DELIVERIES, unexplained, bodies / 2);
    assertTrue(unexplained < bodies / 2, () -> String.format("the live heap grew by %,d bytes over the run, %,d more"
        + " than the delivery log's entries take: not under half the size of the bodies sent (%,d bytes)",
        heapAfter - heapBefore, unexplained, bodies / 2));
  }

  /**
   * Each Slack delivery sent three times at once, as retries ({@code X-Slack-Retry-Num} 1 to 3, as
   * when Slack's first attempt was lost). The three copies sit next to each other in the list,
   * so three of the 64 senders take them up within moments of each other.
   */
  @Test
  void aStormOfDuplicatesIsHandledOncePerDelivery() throws Exception {
    List<Delivery> originals = LoadDeliveries.slack(STORM_RUN, STORM_DELIVERIES);
    List<Delivery> copies = originals.stream()
        .flatMap(delivery -> IntStream.rangeClosed(1, COPIES).mapToObj(retry ->
            delivery.withHeaders("X-Slack-Retry-Num", Integer.toString(retry), "X-Slack-Retry-Reason", "http_timeout")))
        .toList();
    int postsBefore = server.posts();
    LogWindow log = server.logFromNow();

    Result result = sender.send(copies);

    allAcknowledged(result, copies.size());
    assertEquals(postsBefore + STORM_DELIVERIES, server.posts(), "posts: one for each delivery");
    // The blog adds one post per Slack message whatever happens, so it cannot show a handler
    // called twice; the handler's log line for each retry it handles can.
    Map<String, Long> handlerCalls = log.lines().stream()
        .map(SLACK_RETRY_HANDLED::matcher).filter(Matcher::find).map(match -> match.group(1))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<String, Long> notOnce = originals.stream().map(Delivery::deliveryId)
        .filter(id -> handlerCalls.getOrDefault(id, 0L) != 1)
        .collect(Collectors.toMap(Function.identity(), id -> handlerCalls.getOrDefault(id, 0L)));
    assertEquals(Map.of(), notOnce, "handler calls of the deliveries not handled exactly once");
    assertEquals(STORM_DELIVERIES, handlerCalls.values().stream().mapToLong(Long::longValue).sum(), "handler calls");
    assertEquals(List.of(), log.problems(), "WARN, ERROR or stray lines in " + server.log());
    System.out.printf("Duplicate storm: %,d deliveries sent %d times each, %,d requests in %.1f s"
            + " (%,d answers 409 retried), %,.0f requests/s%n",
        STORM_DELIVERIES, COPIES, copies.size(), result.elapsed().toMillis() / 1e3, result.conflicts(),
        result.perSecond(copies.size() + result.conflicts()));
  }

  private static void allAcknowledged(Result result, int count) {
    assertEquals(Map.of(200, count), result.statuses(),
        () -> "final answers by status; the first failure: " + result.firstFailure().orElse("none"));
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
