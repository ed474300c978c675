package io.hookwire.jetty;

import io.hookwire.it.contract.RawAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A slow client: sends a request's head, then one body byte per interval, for ever, while it waits
 * for the answer. The pauses pace the input; no outcome is waited for with them.
 */
final class Dripper {
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final int GUARD_MILLIS = 20_000;

  private final String head;
  private final Duration interval;

  Dripper(String head, Duration interval) {
    this.head = head;
    this.interval = interval;
  }

  /** Drips to the server on {@code port} until it answers and closes; returns the answer. */
  RawAnswer exchange(int port) throws IOException {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(GUARD_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      writer.execute(() -> drip(out));
      InputStream in = socket.getInputStream();
      return RawAnswer.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    } finally {
      writer.shutdownNow();
    }
  }

  private void drip(OutputStream out) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        out.write('x');
        out.flush();
        Thread.sleep(interval.toMillis());
      }
    } catch (IOException | InterruptedException e) {
      // The server closed the connection, or the exchange is over: the drip ends either way.
    }
  }
}
