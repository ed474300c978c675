package io.hookwire.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
   * A request path that matched: the values of its parameters by name, each percent-decoded as
   * UTF-8 on its own, or, when a value does not decode, the name of the first such parameter and no
   * values at all, so that nothing can act on the values of a path that must be refused.
   */
  record Matched(Map<String, String> params, Optional<String> undecodable) {
    static Matched decoded(Map<String, String> params) {
      return new Matched(params, Optional.empty());
    }

    static Matched notDecoded(String parameterName) {
      return new Matched(Map.of(), Optional.of(parameterName));
    }
  }

  /**
   * Whether {@code requestPath} matches, segment for segment, and the parameters it holds. Matching
   * looks at the raw segments only, so whether a value decodes never decides which receiver a path
   * belongs to: each value is decoded on its own afterwards, so that an encoded {@code /} inside a
   * value cannot shift the segments, and one that does not decode (see {@link #percentDecode})
   * makes a match that names it. An empty segment is no value: {@code /a//b} does not match
   * {@code /a/{x}/b}, as it does not in Spark, which drops empty segments.
   */
  Optional<Matched> match(String requestPath) {
    String[] actual = split(requestPath);
    if (actual.length != segments.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    String undecodable = null;
    for (int i = 0; i < segments.length; i++) {
      if (parameterNames[i] != null) {
        if (actual[i].isEmpty()) {
          return Optional.empty();
        }
        Optional<String> value = percentDecode(actual[i]);
        if (value.isPresent()) {
          params.put(parameterNames[i], value.get());
        } else if (undecodable == null) {
          undecodable = parameterNames[i];
        }
      } else if (!segments[i].equals(actual[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(undecodable == null ? Matched.decoded(params) : Matched.notDecoded(undecodable));
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

  /**
   * Decodes {@code %XX} escapes as UTF-8, leaving {@code +} and unescaped characters as they are.
   * Empty when the value is not percent-encoded UTF-8: an escape is malformed ({@code %zz}, a lone
   * or cut-off {@code %}), or escaped bytes are not UTF-8 ({@code %FF}, the overlong {@code %C0%AF}
   * for {@code /}, an encoded surrogate). Such a value is refused rather than repaired: replacement
   * characters or an escape kept as it is would let differently written paths reach a receiver as
   * the same value, and no sender's encoder writes them.
   */
  static Optional<String> percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return Optional.of(value);
    }
    // Strict: Java's UTF-8 decoder reports overlong forms, surrogates and bytes past U+10FFFF.
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder decoded = new StringBuilder(value.length());
    ByteBuffer escapedRun = ByteBuffer.allocate(value.length() / 3);
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) != '%') {
        if (!flush(escapedRun, utf8, decoded)) {
          return Optional.empty();
        }
        decoded.append(value.charAt(i));
        continue;
      }
      int escaped = escapedByte(value, i);
      if (escaped < 0) {
        return Optional.empty();
      }
      escapedRun.put((byte) escaped);
      i += 2;
    }
    return flush(escapedRun, utf8, decoded) ? Optional.of(decoded.toString()) : Optional.empty();
  }

  // A multi-byte character arrives as a run of escapes: decode the run as a whole, or refuse it.
  private static boolean flush(ByteBuffer escapedRun, CharsetDecoder utf8, StringBuilder decoded) {
    if (escapedRun.position() == 0) {
      return true;
    }
    escapedRun.flip();
    try {
      decoded.append(utf8.decode(escapedRun));
    } catch (CharacterCodingException e) {
      return false;
    }
    escapedRun.clear();
    return true;
  }

  private static int escapedByte(String value, int percentAt) {
    if (percentAt + 2 >= value.length()) {
      return -1;
    }
    int high = hexDigit(value.charAt(percentAt + 1));
    int low = hexDigit(value.charAt(percentAt + 2));
    return high < 0 || low < 0 ? -1 : (high << 4) | low;
  }

  // ASCII hex digits only: Character.digit would also take other scripts' digits, such as U+0664.
  private static int hexDigit(char c) {
    return c < 0x80 ? Character.digit(c, 16) : -1;
  }
}
