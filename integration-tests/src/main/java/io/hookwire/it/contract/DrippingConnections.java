package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Many slow-loris connections at once, driven by one thread: each sends a head that promises a
 * body, then one byte of it every interval, for as long as the server keeps it open, reading
 * whatever the server answers. A thread per connection would cost the test more than the server.
 *
 * <p>The connections are opened without waiting for each other, a few dozen under way at a time: a
 * server that falls behind accepting them makes the kernel drop a connection attempt, which the
 * client's kernel repeats only a second later, and opened one by one, each such second would hold
 * up all the others. The pauses pace the input; outcomes are waited for with {@link #awaitEnded}.
 */
public final class DrippingConnections implements AutoCloseable {
  private static final int CONNECTING_AT_ONCE = 32;
  private static final byte[] ONE_BYTE = {'x'};

  private final InetSocketAddress server;
  private final byte[] head;
  private final int count;
  private final Duration interval;
  private final Selector selector;
  // Every connection opened, to close them all at the end; guarded by itself.
  private final List<Drip> drips = new ArrayList<>();
  // Only the driver reads into it.
  private final ByteBuffer buffer = ByteBuffer.allocate(8192);
  private final CountDownLatch ended = new CountDownLatch(1);
  private final Thread driver;
  private volatile boolean stopping;
  private volatile IOException failure;
  private int connecting;

  private DrippingConnections(InetSocketAddress server, byte[] head, int count, Duration interval) throws IOException {
    this.server = server;
    this.head = head;
    this.count = count;
    this.interval = interval;
    this.selector = Selector.open();
    this.driver = new Thread(this::drive, "dripping-connections");
    this.driver.setDaemon(true);
  }

  /** Starts opening {@code count} connections to {@code port}, each to send {@code head}, then drip. */
  static DrippingConnections open(int port, String head, int count, Duration interval) throws IOException {
    InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    DrippingConnections connections =
        new DrippingConnections(server, head.getBytes(StandardCharsets.ISO_8859_1), count, interval);
    connections.driver.start();
    return connections;
  }

  /**
   * Waits up to {@code timeout} for every connection to have been opened and then closed by the
   * server: whether they all have.
   *
   * @throws IOException if the connections could not be opened
   */
  public boolean awaitEnded(Duration timeout) throws InterruptedException, IOException {
    boolean all = ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (failure != null) {
      throw failure;
    }
    return all;
  }

  /**
   * How the connections ended so far, and how many ended so: {@code "408"} for those the server
   * answered {@code 408} and closed, {@code "408, still open"} for those it answered and left open,
   * {@code "closed"} for those it closed without an answer, {@code "not connected"} for those it
   * refused, {@code "open"} for those still open, connecting or not yet opened.
   */
  public Map<String, Integer> outcomes() {
    Map<String, Integer> outcomes = new TreeMap<>();
    synchronized (drips) {
      for (Drip drip : drips) {
        outcomes.merge(drip.outcome(), 1, Integer::sum);
      }
      if (drips.size() < count) {
        outcomes.merge("open", count - drips.size(), Integer::sum);
      }
    }
    return outcomes;
  }

  /** Stops dripping and closes every connection still open. */
  @Override
  public void close() {
    stopping = true;
    selector.wakeup();
    try {
      driver.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (drips) {
      drips.forEach(Drip::close);
    }
    try {
      selector.close();
    } catch (IOException e) {
      // Every channel is closed already: nothing is left to release.
    }
  }

  private void drive() {
    long nanos = interval.toNanos();
    long nextDrip = System.nanoTime() + nanos;
    try {
      while (!stopping && (drips.size() < count || open() > 0)) {
        openMore();
        long wait = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextDrip - System.nanoTime()));
        selector.select(wait);
        synchronized (drips) {
          // Answers are read before the next bytes go out, which may make the kernel reset a
          // connection the server closed.
          for (SelectionKey key : selector.selectedKeys()) {
            Drip drip = (Drip) key.attachment();
            if (key.isValid() && key.isConnectable()) {
              connecting--;
              drip.connected(key, head);
            } else if (key.isValid() && key.isReadable()) {
              drip.readAvailable(buffer);
            }
          }
          selector.selectedKeys().clear();
          if (System.nanoTime() - nextDrip >= 0) {
            drips.forEach(drip -> drip.dripOneByte(buffer));
            nextDrip += nanos;
          }
        }
      }
    } catch (IOException e) {
      failure = e;
    } finally {
      ended.countDown();
    }
  }

  private void openMore() throws IOException {
    synchronized (drips) {
      while (connecting < CONNECTING_AT_ONCE && drips.size() < count) {
        SocketChannel channel = SocketChannel.open();
        // Listed before anything can fail, so that close() closes it whatever happens.
        Drip drip = new Drip(channel);
        drips.add(drip);
        channel.configureBlocking(false);
        SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT, drip);
        connecting++;
        if (channel.connect(server)) {
          connecting--;
          drip.connected(key, head);
        }
      }
    }
  }

  private int open() {
    synchronized (drips) {
      return (int) drips.stream().filter(Drip::isOpen).count();
    }
  }

  /** One connection: what it received, and whether the server closed it. */
  private static final class Drip {
    private final SocketChannel channel;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean sending;
    private boolean refused;
    private boolean closedByServer;

    Drip(SocketChannel channel) {
      this.channel = channel;
    }

    boolean isOpen() {
      return !closedByServer;
    }

    /** The connection is established, or failed: sends the head, then waits for answers. */
    void connected(SelectionKey key, byte[] head) {
      try {
        channel.finishConnect();
        ByteBuffer bytes = ByteBuffer.wrap(head);
        // A few hundred bytes into a new connection's empty send buffer: all go at once.
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        sending = true;
        key.interestOps(SelectionKey.OP_READ);
      } catch (IOException e) {
        refused = !sending;
        ended();
      }
    }

    void readAvailable(ByteBuffer buffer) {
      try {
        while (true) {
          buffer.clear();
          int read = channel.read(buffer);
          if (read < 0) {
            ended();
            return;
          }
          if (read == 0) {
            return;
          }
          received.write(buffer.array(), 0, read);
        }
      } catch (IOException e) {
        // Reset after the server closed with body bytes unread: what it answered is kept.
        ended();
      }
    }

    void dripOneByte(ByteBuffer buffer) {
      if (!sending || closedByServer) {
        return;
      }
      try {
        channel.write(ByteBuffer.wrap(ONE_BYTE));
      } catch (IOException e) {
        // The server closed the connection; a read gets what it answered before.
        readAvailable(buffer);
        ended();
      }
    }

    String outcome() {
      if (refused) {
        return "not connected";
      }
      if (received.size() == 0) {
        return closedByServer ? "closed" : "open";
      }
      String answer = received.toString(StandardCharsets.ISO_8859_1);
      String status = answer.length() >= 12 && answer.startsWith("HTTP/1.1 ") ? answer.substring(9, 12) : "garbled";
      return closedByServer ? status : status + ", still open";
    }

    private void ended() {
      closedByServer = true;
      close();
    }

    void close() {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing a socket the server reset: nothing is left to release.
      }
    }
  }
}
