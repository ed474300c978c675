package io.hookwire.runtime.hardening;

/** Request texts for {@link RawHttp}: a head, written as it should go on the wire, and a body. */
final class RawRequests {
  private RawRequests() {}

  /** A {@code POST} of {@code body} to {@code target}, with extra header lines, each ending in CRLF. */
  static String post(String target, String headerLines, String body) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines
        + "Content-Length: " + body.length() + "\r\n\r\n" + body;
  }

  /** The head of a {@code POST} that promises {@code contentLength} bytes, without the body. */
  static String postHead(String target, long contentLength) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  /** The head of a chunked {@code POST}, without any chunk. */
  static String chunkedHead(String target) {
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
  }

  /** One chunk of {@code data}. */
  static String chunk(String data) {
    return Integer.toHexString(data.length()) + "\r\n" + data + "\r\n";
  }
}
