package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request the fuzzer made: its method, target (as the receivers see it, without the server's
 * prefix), header lines, body, and whether its signature is the genuine one for its body.
 */
record FuzzedRequest(String method, String target, List<String> headerLines, byte[] body, boolean genuine) {

  /** The request as it goes on the wire, one request per connection. */
  byte[] toBytes(Loopback client) {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(client.target(target)).append(" HTTP/1.1\r\n")
        .append("Host: localhost\r\nConnection: close\r\n");
    headerLines.forEach(line -> head.append(line).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
    bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(body);
    return bytes.toByteArray();
  }

  /** A short description for failure messages; the seed reproduces the request itself. */
  String description() {
    return method + " " + target + " " + headerLines.stream().map(line -> line.substring(0, line.indexOf(':'))).toList()
        + ", " + body.length + " bytes, " + (genuine ? "signed" : "not signed");
  }
}
