package io.hookwire.it.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An HTTP answer as it came over a socket: the status, the header lines and the body. */
public record RawAnswer(int status, List<String> headerLines, String body, String text) {

  /** Parses {@code text}, all a server sent; fails the test when it is not an HTTP/1.1 answer. */
  public static RawAnswer parse(String text) {
    int endOfHead = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || endOfHead < 0) {
      throw new AssertionError("not an HTTP/1.1 answer: " + text);
    }
    String[] lines = text.substring(0, endOfHead).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    return new RawAnswer(status, headers, text.substring(endOfHead + 4), text);
  }

  /** Whether a header of this name, compared case-insensitively, is present. */
  public boolean hasHeader(String name) {
    return header(name).isPresent();
  }

  /** Whether a header line is exactly {@code name: value}, the name compared case-insensitively. */
  public boolean hasHeader(String name, String value) {
    return headerLines.stream().anyMatch(line -> line.equalsIgnoreCase(name + ": " + value));
  }

  /** The value of the first header of this name, compared case-insensitively. */
  public Optional<String> header(String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return headerLines.stream()
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
        .map(line -> line.substring(prefix.length()).strip())
        .findFirst();
  }
}
