package io.hookwire.runtime.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.hookwire.runtime.RequestVerificationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a whole number from a top-level field of a JSON object, such as Linear's
 * {@code webhookTimestamp}, in a body already proved authentic.
 *
 * <p>Jackson's streaming parser decides, and gives every rejection; it costs about a kilobyte of
 * parser and symbol table per body. So a scan that allocates nothing goes first, and answers
 * only when it is certain of Jackson's answer: it reads strict JSON (RFC 8259) up to the field,
 * stricter than Jackson wherever they differ (nesting deeper than {@value #MAX_DEPTH}, an escape
 * in a field name, malformed UTF-8 or overlong forms, a token not followed by whitespace, a comma
 * or a bracket), and gives up at anything it does not accept or does not find, leaving the body
 * to Jackson. {@code TopLevelNumberTest} holds the scan to Jackson's answers on random and
 * corrupted bodies.
 */
final class TopLevelNumber {
  /** What {@link #scan} returns when it leaves the answer to Jackson; no number it reads is this. */
  static final long UNDECIDED = Long.MIN_VALUE;

  private static final JsonFactory JSON = new JsonFactory();
  /** Digits the scan reads into a {@code long}; 18 always fit, and Jackson then says INT or LONG. */
  private static final int MAX_DIGITS = 18;
  /** Nesting the scan follows; Jackson's limit is far higher, so deeper bodies go to Jackson. */
  static final int MAX_DEPTH = 64;
  /** Longest number or field name the scan skips; Jackson limits both, far above this. */
  private static final int MAX_TOKEN = 1000;

  private final String field;
  private final byte[] name;

  /** A reader of the top-level field {@code field}, whose name is ASCII without escapes. */
  TopLevelNumber(String field) {
    this.field = field;
    this.name = field.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The field's value, a whole number within {@code long}.
   *
   * @throws RequestVerificationException if the body is not a JSON object, has no such field
   *     before anything malformed, or its value is not a whole number within {@code long}
   */
  long read(byte[] body) throws RequestVerificationException {
    long scanned = scan(body);
    return scanned != UNDECIDED ? scanned : parse(body);
  }

  /** The field's value as Jackson reads it, or the rejection. */
  long parse(byte[] body) throws RequestVerificationException {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw Rejections.reject(Rejections.bodyField(field, "is missing: the body is not a JSON object"));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String current = parser.currentName();
        JsonToken value = parser.nextToken();
        if (current.equals(field)) {
          if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
              && parser.getNumberType() != JsonParser.NumberType.LONG) {
            throw Rejections.reject(Rejections.bodyField(field, "is not a Unix time in milliseconds"));
          }
          return parser.getLongValue();
        }
        parser.skipChildren();
      }
      throw Rejections.reject(Rejections.bodyField(field, "is missing"));
    } catch (IOException e) {
      throw Rejections.reject(Rejections.bodyField(field, "is missing: the body is not valid JSON"));
    }
  }

  /** The field's value when the scan is certain of it, or {@link #UNDECIDED}. */
  long scan(byte[] body) {
    int at = whitespace(body, 0);
    if (!is(body, at, '{')) {
      return UNDECIDED;
    }
    at = whitespace(body, at + 1);
    while (is(body, at, '"')) {
      int end = string(body, at);
      if (end < 0 || end - at > MAX_TOKEN || contains(body, at, end, '\\')) {
        return UNDECIDED;
      }
      boolean wanted = Arrays.equals(body, at + 1, end - 1, name, 0, name.length);
      at = whitespace(body, end);
      if (!is(body, at, ':')) {
        return UNDECIDED;
      }
      at = whitespace(body, at + 1);
      if (wanted) {
        return number(body, at);
      }
      at = whitespace(body, value(body, at, 1));
      if (!is(body, at, ',')) {
        // The end of the object, without the field, or something malformed: Jackson says which.
        return UNDECIDED;
      }
      at = whitespace(body, at + 1);
    }
    return UNDECIDED;
  }

  /** The whole number at {@code at}, if it is one of at most 18 digits followed by a delimiter. */
  private static long number(byte[] body, int at) {
    boolean negative = is(body, at, '-');
    int first = negative ? at + 1 : at;
    int end = digits(body, first);
    int count = end - first;
    if (count == 0 || count > MAX_DIGITS || count > 1 && body[first] == '0' || !isDelimiter(body, end)) {
      return UNDECIDED;
    }
    long value = 0;
    for (int i = first; i < end; i++) {
      value = 10 * value + (body[i] - '0');
    }
    return negative ? -value : value;
  }

  /** Where the value at {@code at} ends, or -1 if the scan does not accept it. */
  private static int value(byte[] body, int at, int depth) {
    if (at < 0 || at >= body.length) {
      return -1;
    }
    int end = switch (body[at]) {
      case '"' -> string(body, at);
      case '{' -> depth < MAX_DEPTH ? object(body, at, depth + 1) : -1;
      case '[' -> depth < MAX_DEPTH ? array(body, at, depth + 1) : -1;
      case 't' -> literal(body, at, "true");
      case 'f' -> literal(body, at, "false");
      case 'n' -> literal(body, at, "null");
      default -> anyNumber(body, at);
    };
    return end >= 0 && isDelimiter(body, end) ? end : -1;
  }

  private static int object(byte[] body, int open, int depth) {
    int at = whitespace(body, open + 1);
    if (is(body, at, '}')) {
      return at + 1;
    }
    while (is(body, at, '"')) {
      int end = string(body, at);
      if (end < 0 || end - at > MAX_TOKEN) {
        return -1;
      }
      at = whitespace(body, end);
      if (!is(body, at, ':')) {
        return -1;
      }
      at = whitespace(body, value(body, whitespace(body, at + 1), depth));
      if (is(body, at, '}')) {
        return at + 1;
      }
      if (!is(body, at, ',')) {
        return -1;
      }
      at = whitespace(body, at + 1);
    }
    return -1;
  }

  private static int array(byte[] body, int open, int depth) {
    int at = whitespace(body, open + 1);
    if (is(body, at, ']')) {
      return at + 1;
    }
    while (at >= 0) {
      at = whitespace(body, value(body, at, depth));
      if (is(body, at, ']')) {
        return at + 1;
      }
      if (!is(body, at, ',')) {
        return -1;
      }
      at = whitespace(body, at + 1);
    }
    return -1;
  }

  /** Where the string opening at {@code open} ends, past its closing quote, or -1. */
  private static int string(byte[] body, int open) {
    int at = open + 1;
    while (at < body.length) {
      int b = body[at] & 0xff;
      if (b == '"') {
        return at + 1;
      } else if (b == '\\') {
        at = escape(body, at);
      } else if (b < 0x20) {
        return -1;
      } else if (b < 0x80) {
        at++;
      } else {
        at = Utf8.sequenceEnd(body, at);
      }
      if (at < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Where the escape at {@code at} ends, or -1 if it is not one of JSON's. */
  private static int escape(byte[] body, int at) {
    if (at + 1 >= body.length) {
      return -1;
    }
    return switch (body[at + 1]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> at + 2;
      case 'u' -> isHex(body, at + 2) && isHex(body, at + 3) && isHex(body, at + 4) && isHex(body, at + 5)
          ? at + 6 : -1;
      default -> -1;
    };
  }

  private static int literal(byte[] body, int at, String literal) {
    for (int i = 0; i < literal.length(); i++) {
      if (!is(body, at + i, literal.charAt(i))) {
        return -1;
      }
    }
    return at + literal.length();
  }

  /** Where the number at {@code at} ends, by JSON's grammar, or -1. */
  private static int anyNumber(byte[] body, int at) {
    int start = at;
    if (is(body, at, '-')) {
      at++;
    }
    int end = digits(body, at);
    if (end == at || end - at > 1 && body[at] == '0') {
      return -1;
    }
    at = end;
    if (is(body, at, '.')) {
      end = digits(body, at + 1);
      if (end == at + 1) {
        return -1;
      }
      at = end;
    }
    if (is(body, at, 'e') || is(body, at, 'E')) {
      at++;
      if (is(body, at, '+') || is(body, at, '-')) {
        at++;
      }
      end = digits(body, at);
      if (end == at) {
        return -1;
      }
      at = end;
    }
    return at - start <= MAX_TOKEN ? at : -1;
  }

  private static int digits(byte[] body, int at) {
    while (at < body.length && body[at] >= '0' && body[at] <= '9') {
      at++;
    }
    return at;
  }

  /** JSON's whitespace from {@code at} on; -1 stays -1. */
  private static int whitespace(byte[] body, int at) {
    if (at < 0) {
      return at;
    }
    while (at < body.length && isWhitespace(body[at])) {
      at++;
    }
    return at;
  }

  /** Whether what follows a value is whitespace, a comma or a closing bracket, as JSON requires. */
  private static boolean isDelimiter(byte[] body, int at) {
    if (at >= body.length) {
      return false;
    }
    byte b = body[at];
    return isWhitespace(b) || b == ',' || b == '}' || b == ']';
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static boolean isHex(byte[] body, int at) {
    if (at >= body.length) {
      return false;
    }
    byte b = body[at];
    return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
  }

  private static boolean is(byte[] body, int at, char c) {
    return at >= 0 && at < body.length && body[at] == c;
  }

  private static boolean contains(byte[] body, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (body[i] == c) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "TopLevelNumber[" + field + "]";
  }
}
