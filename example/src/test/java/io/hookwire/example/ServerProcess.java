package io.hookwire.example;

import io.hookwire.example.LoadDeliveries.Delivery;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Post;
import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.InMemoryDeliveryLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The example in a JVM of its own: a {@link TestServer} (test secrets, a {@link FakeBotApi}, a free
 * loopback port) started by {@link Child#main}, with this test run's class path.
 *
 * <p>Why a process of its own rather than the server inside the test JVM:
 * <ul>
 *   <li>The log. Surefire runs every test class of the module in one JVM, where slf4j-simple is
 *       set up once, by whichever class logs first, and writes to the same stderr as everything
 *       else. The child's stderr, which is its whole log from the first line, goes to a file of
 *       its own ({@link #log()}), so a test can read exactly what the server logged while it ran.
 *       The child logs with the test resources' {@code simplelogger.properties} (Hookwire and the
 *       example at INFO, everything else, Jetty included, at WARN), plus the level in brackets
 *       at the start of each line, so that {@link LogWindow#problems()} can tell levels apart.</li>
 *   <li>The heap. The child's heap holds the server and nothing else: no JUnit, no client, no
 *       other test's leftovers. It runs the serial collector, whose full collection leaves only
 *       live objects behind, so "used after {@code System.gc()}" is close to the live size.</li>
 * </ul>
 *
 * <p>The child takes one command a line on its stdin and answers one line on its stdout, starting
 * with {@code "= "}; it stops when told {@code stop}, or when its stdin closes, so that a test
 * JVM that dies takes the server with it.
 */
final class ServerProcess implements AutoCloseable {
  private static final String ANSWER = "= ";
  private static final long ANSWER_TIMEOUT_SECONDS = 120;

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Path log;
  private final int port;

  private ServerProcess(Process process, Path log) throws InterruptedException {
    this.process = process;
    this.log = log;
    this.commands = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
    Thread reader = new Thread(this::readAnswers, "server-process-answers");
    reader.setDaemon(true);
    reader.start();
    this.port = Integer.parseInt(answer());
  }

  /** Starts the child with this heap limit; its log goes to {@code log}, which is replaced. */
  static ServerProcess start(Path log, String maxHeap) throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + maxHeap, "-XX:+UseSerialGC",
        "-Dorg.slf4j.simpleLogger.levelInBrackets=true",
        "-Dorg.slf4j.simpleLogger.showThreadName=false",
        "-cp", System.getProperty("java.class.path"),
        Child.class.getName())
        .redirectError(log.toFile())
        .start();
    return new ServerProcess(process, log);
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  /** How many posts the blog holds. */
  int posts() throws InterruptedException {
    return Integer.parseInt(command("posts"));
  }

  /** Removes every post, and says how many there were. */
  int removeAllPosts() throws InterruptedException {
    return Integer.parseInt(command("remove-all-posts"));
  }

  /** The child's used heap after full collections, in bytes. */
  long liveHeap() throws InterruptedException {
    return Long.parseLong(command("live-heap"));
  }

  /**
   * The heap that a fresh {@link InMemoryDeliveryLog} takes for the ids of
   * {@code LoadDeliveries.mixed(run, count)}, measured in the child: what the server's own log
   * legitimately keeps of those deliveries.
   */
  long deliveryLogCost(int run, int count) throws InterruptedException {
    return Long.parseLong(command("delivery-log-cost " + run + " " + count));
  }

  /** The log from its current end on: what the server logs from now. */
  LogWindow logFromNow() throws IOException {
    return new LogWindow(log, Files.size(log));
  }

  private String command(String line) throws InterruptedException {
    commands.println(line);
    return answer();
  }

  private String answer() throws InterruptedException {
    String answer = answers.poll(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (answer == null) {
      throw new IllegalStateException("the server process did not answer; see its log " + log);
    }
    return answer;
  }

  private void readAnswers() {
    try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ANSWER)) {
          answers.add(line.substring(ANSWER.length()));
        }
      }
    } catch (IOException e) {
      // The process is gone; a waiting command times out and names the log.
    }
  }

  /** Stops the server gracefully and waits for the process to end. */
  @Override
  public void close() {
    commands.println("stop");
    commands.close();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The child's side. */
  static final class Child {
    private Child() {}

    public static void main(String[] args) throws Exception {
      try (TestServer server = TestServer.start();
           BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
        answer(server.server.port());
        for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
          String[] words = line.split(" ");
          LiveBlog blog = server.server.blog();
          switch (words[0]) {
            case "posts" -> answer(blog.newestFirst().size());
            case "remove-all-posts" -> {
              List<Post> posts = blog.newestFirst();
              posts.forEach(post -> blog.remove(post.key()));
              answer(posts.size());
            }
            case "live-heap" -> answer(liveHeap());
            case "delivery-log-cost" -> answer(deliveryLogCost(Integer.parseInt(words[1]), Integer.parseInt(words[2])));
            default -> throw new IllegalArgumentException("unknown command: " + line);
          }
        }
      }
      System.exit(0);
    }

    private static void answer(Object value) {
      System.out.println(ANSWER + value);
      System.out.flush();
    }

    /**
     * The used heap after a full collection, the least of five: a collection can leave behind
     * objects that only become unreachable when a reference queue is processed after it.
     */
    static long liveHeap() throws InterruptedException {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long least = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        memory.gc();
        least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        Thread.sleep(20);
      }
      return least;
    }

    /**
     * The keys Hookwire logs for a delivery: its id with the body's digest and, for GitHub, whose
     * signature does not cover the id, the body's digest alone.
     */
    private static List<DeliveryKey> keysOf(Delivery delivery) throws NoSuchAlgorithmException {
      byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
      String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
      DeliveryKey byId = new DeliveryKey(delivery.receiver(), delivery.deliveryId(), digest);
      return delivery.path().startsWith("/github/")
          ? List.of(byId, new DeliveryKey(delivery.receiver() + DeliveryKey.BODY_SUFFIX, digest, digest))
          : List.of(byId);
    }

    private static long deliveryLogCost(int run, int count) throws InterruptedException, NoSuchAlgorithmException {
      List<Delivery> deliveries = LoadDeliveries.mixed(run, count);
      long before = liveHeap();
      InMemoryDeliveryLog deliveryLog = new InMemoryDeliveryLog();
      for (Delivery delivery : deliveries) {
        for (DeliveryKey key : keysOf(delivery)) {
          deliveryLog.claim(key);
          deliveryLog.handled(key);
        }
      }
      long after = liveHeap();
      Reference.reachabilityFence(deliveryLog);
      Reference.reachabilityFence(deliveries);
      return after - before;
    }
  }

  /** What the server logged from a point on. */
  record LogWindow(Path log, long from) {
    /** The lines logged since the window opened. */
    List<String> lines() {
      try {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).lines().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Every line at WARN or ERROR, and every line that is no log line at all: a stack trace, or
     * something written to stderr directly. Each log line starts with its level in brackets.
     */
    List<String> problems() {
      return lines().stream()
          .filter(line -> !line.startsWith("[INFO]") && !line.startsWith("[DEBUG]") && !line.startsWith("[TRACE]"))
          .toList();
    }
  }
}
