package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * HTTP/1.1 over a plain socket, for what the JDK client refuses to send: bare CRs, folded headers,
 * unnormalised paths, bodies that never end. Each exchange writes its bytes, keeps the sending side
 * open, and reads until the server closes the connection, so an answer that arrives proves the
 * server gave up on the rest of the request by itself. The static methods write request texts:
 * targets are given as they go on the request line, prefix included (see {@link Loopback#target}).
 */
public final class RawHttp {
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final int GUARD_MILLIS = 20_000;

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** The port of the server it talks to. */
  public int port() {
    return port;
  }

  /** A {@code POST} of {@code body} to {@code target}, with extra header lines, each ending in CRLF. */
  public static String post(String target, String headerLines, String body) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines
        + "Content-Length: " + body.length() + "\r\n\r\n" + body;
  }

  /** The head of a {@code POST} that promises {@code contentLength} bytes, without the body. */
  public static String postHead(String target, long contentLength) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  /**
   * The head of a {@code POST} that promises {@code contentLength} bytes, with extra header lines,
   * each ending in CRLF, and {@code Connection: close}, so that the server closes after its answer.
   */
  public static String postHead(String target, String headerLines, long contentLength) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines
        + "Content-Length: " + contentLength + "\r\n\r\n";
  }

  /** The head of a chunked {@code POST}, without any chunk. */
  public static String chunkedHead(String target) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
  }

  /** One chunk of {@code data}. */
  public static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }

  /** Sends {@code request} as ISO-8859-1 bytes and reads the answer until the server closes. */
  public RawAnswer exchange(String request) throws IOException {
    return exchange(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends {@code request} and reads the answer until the server closes. */
  public RawAnswer exchange(byte[] request) throws IOException {
    try (Socket socket = connect()) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // A server may answer and close before the whole request is sent, as it should for a body
        // over the limit: what it answered is still there to read.
      }
      return readAnswer(socket.getInputStream());
    }
  }

  /**
   * A slow-loris client: sends {@code head}, then one body byte every {@code interval}, for ever,
   * until the server answers and closes; the answer. The pauses pace the input; no outcome is
   * waited for with them.
   */
  public RawAnswer drip(String head, Duration interval) throws IOException {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      writer.execute(() -> drip(out, interval));
      return readAnswer(socket.getInputStream());
    } finally {
      writer.shutdownNow();
    }
  }

  /**
   * Sends {@code head}, then {@code body} in parts of {@code partBytes}, each {@code pause} after
   * the one before, and reads the answer until the server closes. The pauses pace the input; no
   * outcome is waited for with them.
   */
  public RawAnswer paced(String head, byte[] body, int partBytes, Duration pause)
      throws IOException, InterruptedException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      for (int sent = 0; sent < body.length; sent += partBytes) {
        if (sent > 0) {
          Thread.sleep(pause.toMillis());
        }
        out.write(body, sent, Math.min(partBytes, body.length - sent));
        out.flush();
      }
      return readAnswer(socket.getInputStream());
    }
  }

  /**
   * Opens {@code count} connections that each send {@code head}, then one body byte every
   * {@code interval}, until the server closes them: a slow-loris attack.
   */
  public DrippingConnections dripping(String head, int count, Duration interval) throws IOException {
    return DrippingConnections.open(port, head, count, interval);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(GUARD_MILLIS);
    return socket;
  }

  private static void drip(OutputStream out, Duration interval) {
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

  /**
   * Reads until the server closes. A server that closes with request bytes still unread makes the
   * kernel reset the connection, which may fail the read after the answer arrived: the answer
   * counts, the reset only ends it.
   */
  private static RawAnswer readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        answer.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      if (answer.size() == 0) {
        throw e;
      }
    }
    return RawAnswer.parse(answer.toString(StandardCharsets.ISO_8859_1));
  }
}
