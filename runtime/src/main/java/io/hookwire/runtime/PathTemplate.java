package io.hookwire.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A receiver's path, such as {@code /telegram/events/{token}}, compiled once so that matching a
 * request path is a walk over its segments. Parameters fill whole segments and keep the case of
 * their names as written, unlike Spark's {@code request.params()}, which lowercases them and so
 * would not find {@code @PathParam("botToken")}.
 */
final class PathTemplate {
  private static final String ANY_VALUE = "{}";

  private final String path;
  private final String[] segments;
  private final String[] parameterNames;
  private final boolean literal;

  private PathTemplate(String path, String[] segments, String[] parameterNames) {
    this.path = path;
    this.segments = segments;
    this.parameterNames = parameterNames;
    this.literal = Arrays.stream(parameterNames).allMatch(Objects::isNull);
  }

  /**
   * Compiles {@code path}, in which a segment written {@code {name}} is a parameter.
   *
   * @throws IllegalArgumentException if the path does not start with {@code /}, or a brace appears
   *     anywhere but around a whole segment
   */
  static PathTemplate compile(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /: " + path);
    }
    String[] segments = split(path);
    String[] names = new String[segments.length];
    for (int i = 0; i < segments.length; i++) {
      names[i] = parameterName(segments[i], path);
    }
    return new PathTemplate(path, segments, names);
  }

  /** The path as written. */
  String path() {
    return path;
  }

  /** Whether the path has no parameters, so that only an equal path matches it. */
  boolean isLiteral() {
    return literal;
  }

  /**
   * The path with every parameter name blanked, {@code /a/{}}: two templates of one shape match the
   * same requests, so they count as the same path.
   */
  String shape() {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      shape.append('/').append(parameterNames[i] == null ? segments[i] : ANY_VALUE);
    }
    return shape.toString();
  }

  /** The path in Spark's notation, {@code /a/:name}. */
  String sparkPath() {
    StringBuilder sparkPath = new StringBuilder();
    for (int i = 0; i < segments.length; i++) {
      sparkPath.append('/').append(parameterNames[i] == null ? segments[i] : ":" + parameterNames[i]);
    }
    return sparkPath.toString();
  }

  /**
   * The parameters of {@code requestPath} by name, when it matches: each value percent-decoded as
   * UTF-8 on its own, so that an encoded {@code /} inside a value cannot shift the segments. An
   * empty segment is no value: {@code /a//b} does not match {@code /a/{x}/b}, as it does not in
   * Spark, which drops empty segments.
   */
  Optional<Map<String, String>> match(String requestPath) {
    String[] actual = split(requestPath);
    if (actual.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.length; i++) {
      if (parameterNames[i] != null) {
        if (actual[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(parameterNames[i], percentDecode(actual[i]));
      } else if (!segments[i].equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  @Override
  public String toString() {
    return path;
  }

  private static String[] split(String path) {
    // The limit of -1 keeps a trailing empty segment, so /a/ and /a stay different paths.
    String withoutLeadingSlash = path.startsWith("/") ? path.substring(1) : path;
    return withoutLeadingSlash.split("/", -1);
  }

  private static String parameterName(String segment, String path) {
    boolean whole = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    String inside = whole ? segment.substring(1, segment.length() - 1) : segment;
    if (inside.indexOf('{') >= 0 || inside.indexOf('}') >= 0) {
      throw new IllegalArgumentException("a path parameter must be a whole segment, {name}: " + path);
    }
    return whole ? inside : null;
  }

  /** Decodes {@code %XX} escapes as UTF-8, leaving {@code +} and malformed escapes as they are. */
  static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder decoded = new StringBuilder(value.length());
    ByteArrayOutputStream escapedRun = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      int escaped = value.charAt(i) == '%' ? escapedByte(value, i) : -1;
      if (escaped >= 0) {
        escapedRun.write(escaped);
        i += 2;
      } else {
        flush(escapedRun, decoded).append(value.charAt(i));
      }
    }
    return flush(escapedRun, decoded).toString();
  }

  // A multi-byte character arrives as a run of escapes: decode the run as a whole.
  private static StringBuilder flush(ByteArrayOutputStream escapedRun, StringBuilder decoded) {
    decoded.append(escapedRun.toString(StandardCharsets.UTF_8));
    escapedRun.reset();
    return decoded;
  }

  private static int escapedByte(String value, int percentAt) {
    if (percentAt + 2 >= value.length()) {
      return -1;
    }
    int high = Character.digit(value.charAt(percentAt + 1), 16);
    int low = Character.digit(value.charAt(percentAt + 2), 16);
    return high < 0 || low < 0 ? -1 : (high << 4) | low;
  }
}
