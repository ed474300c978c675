package io.hookwire.servlet;

import io.hookwire.it.contract.RawAnswer;
import io.hookwire.it.receivers.ShopReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Requests to the {@link ShopReceiver} written byte for byte, for bodies a well-behaved client never sends. */
final class RawRequests {
  // Only a guard against a server that never answers.
  private static final int GUARD_MILLIS = 20_000;

  private RawRequests() {}

  /** The head of a signed {@code POST} of an order to {@code target}, with {@code framing} headers. */
  static String head(String target, String... framing) {
    StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n")
        .append("X-Signature: ").append(ShopReceiver.SIGNATURE).append("\r\n")
        .append("X-Event: order.created\r\n");
    for (String line : framing) {
      head.append(line).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  /**
   * Sends {@code head}, then a byte of body every {@code pauseMillis} until the server answers;
   * reads the answer until the server closes the connection.
   */
  static RawAnswer drip(int port, String head, long pauseMillis) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(GUARD_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread dripping = new Thread(() -> {
        try {
          while (true) {
            Thread.sleep(pauseMillis);
            out.write(' ');
            out.flush();
          }
        } catch (IOException | InterruptedException e) {
          // The server closed the connection, or the answer is in: the drip is over.
        }
      }, "drip");
      dripping.setDaemon(true);
      dripping.start();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      dripping.interrupt();
      return RawAnswer.parse(answer);
    }
  }
}
