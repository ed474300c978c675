package io.hookwire.example.web;

import io.hookwire.example.blog.BlogChange;
import io.hookwire.example.blog.LiveBlog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Request;
import spark.Response;

/**
 * Tells open pages of every change to the blog, as Server-Sent Events: {@code event: post} with
 * a {@link PostView} for a post added or edited, {@code event: remove} with its id for a post
 * deleted.
 *
 * <p>Spark answers on a thread per request, so each open stream holds one of the server's
 * threads: the number of streams is capped, and a page turned away ({@code 503}) polls
 * {@code /api/posts} instead. A page that reads too slowly is dropped, not waited for; it
 * reconnects and reloads the posts.
 */
public final class EventStream implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
  /** Ends a stream: the server is stopping, or the page fell too far behind. */
  private static final String END = "";
  private static final int QUEUE_CAPACITY = 256;

  private final LiveBlog blog;
  private final int maxStreams;
  private final Duration heartbeat;
  private final AtomicInteger open = new AtomicInteger();
  private final Set<BlockingQueue<String>> queues = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * A stream of {@code blog}'s changes.
   *
   * @param maxStreams how many pages may listen at once
   * @param heartbeat how often to send a comment when nothing happens, so proxies keep the connection
   */
  public EventStream(LiveBlog blog, int maxStreams, Duration heartbeat) {
    this.blog = blog;
    this.maxStreams = maxStreams;
    this.heartbeat = heartbeat;
  }

  /** The Spark route of {@code GET /api/stream}: returns when the page goes away or the server stops. */
  Object serve(Request request, Response response) {
    if (closed || open.incrementAndGet() > maxStreams) {
      open.decrementAndGet();
      response.status(503);
      response.header("Retry-After", "30");
      return "Too many live readers; poll /api/posts instead.";
    }
    try {
      stream(response.raw());
    } finally {
      open.decrementAndGet();
    }
    return "";
  }

  private void stream(HttpServletResponse raw) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    Consumer<BlogChange> listener = change -> enqueue(queue, frame(change));
    queues.add(queue);
    blog.subscribe(listener);
    try {
      raw.setStatus(200);
      raw.setContentType("text/event-stream; charset=utf-8");
      raw.setHeader("Cache-Control", "no-store");
      raw.setHeader("X-Accel-Buffering", "no");
      pump(queue, raw.getOutputStream());
    } catch (IOException e) {
      LOG.debug("A live reader went away: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      blog.unsubscribe(listener);
      queues.remove(queue);
    }
  }

  /** Writes frames as they come, and a comment when none came for a while, until {@link #END}. */
  private void pump(BlockingQueue<String> queue, OutputStream out) throws IOException, InterruptedException {
    write(out, "retry: 3000\n: connected\n\n");
    while (!closed) {
      String frame = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
      if (END.equals(frame)) {
        return;
      }
      write(out, frame == null ? ": keep-alive\n\n" : frame);
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Queues a frame; a page so far behind that its queue is full is ended, to reload on reconnect. */
  private static void enqueue(BlockingQueue<String> queue, String frame) {
    if (!queue.offer(frame)) {
      queue.clear();
      queue.offer(END);
    }
  }

  private static String frame(BlogChange change) {
    return change.kind() == BlogChange.Kind.REMOVED
        ? "event: remove\ndata: " + BlogJson.removed(change.post()) + "\n\n"
        : "event: post\ndata: " + BlogJson.post(change.post()) + "\n\n";
  }

  /** Ends every open stream and turns new ones away, so the server can stop at once. */
  @Override
  public void close() {
    closed = true;
    queues.forEach(queue -> {
      queue.clear();
      queue.offer(END);
    });
  }
}
