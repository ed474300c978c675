package io.hookwire.runtime.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what the JDK client refuses to send: bare CRs, folded headers,
 * unnormalised paths, bodies that never end. Each exchange writes its bytes, keeps the sending side
 * open, and reads until the server closes the connection, so an answer that arrives proves the
 * server gave up on the rest of the request by itself.
 */
final class RawHttp {
  // Only a guard against a server that never answers: no test depends on how long it takes.
  private static final int GUARD_MILLIS = 20_000;

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** Sends {@code request} as ISO-8859-1 bytes and reads the answer until the server closes. */
  RawAnswer exchange(String request) throws IOException {
    return exchange(request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends {@code request} and reads the answer until the server closes. */
  RawAnswer exchange(byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(GUARD_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      return RawAnswer.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
    }
  }
}
