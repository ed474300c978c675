package io.hookwire.benchmarks.http;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection to a loopback port that sends a prepared request and reads
 * the answer: status line, headers, and a body of known length or in chunks. Just enough HTTP for
 * the load client, with nothing between the socket and the measurement.
 */
final class Connection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final StringBuilder line = new StringBuilder();
  private boolean closeAfterAnswer;

  Connection(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(10_000);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = socket.getOutputStream();
  }

  /** Sends {@code request} and returns the status of the answer, whose body is read and dropped. */
  int exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    int status = parseStatus(readLine());
    long contentLength = -1;
    boolean chunked = false;
    closeAfterAnswer = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
        case "connection" -> closeAfterAnswer = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    if (chunked) {
      skipChunks();
    } else if (contentLength > 0) {
      skip(contentLength);
    }
    return status;
  }

  /** Whether the server asked to close the connection after the last answer. */
  boolean closedByServer() {
    return closeAfterAnswer;
  }

  private void skipChunks() throws IOException {
    for (long size = Long.parseLong(readLine().trim(), 16); size > 0; size = Long.parseLong(readLine().trim(), 16)) {
      skip(size);
      readLine();
    }
    readLine();
  }

  private void skip(long bytes) throws IOException {
    for (long left = bytes; left > 0; left--) {
      if (in.read() < 0) {
        throw new EOFException("the answer ended early");
      }
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static int parseStatus(String statusLine) throws IOException {
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    return Integer.parseInt(parts[1]);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
