package io.hookwire.runtime.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body as the JSON tree handlers bind: the JSON in
 * its {@code payload} field when that is its only field (Slack interactivity, GitHub's form
 * content type), otherwise the object of its fields, the first value of each (Slack slash
 * commands, Twilio). Not for users.
 *
 * <p>Decoded as HTML forms are: fields split on {@code &}, name from value on the first {@code =},
 * {@code +} is a space, {@code %XX} a byte, and the bytes read in the body's charset. Stricter than
 * browsers on purpose, since a sender that mangles its body should hear so: a malformed escape or
 * bytes that are not text in the charset reject the delivery ({@code 400}). Bounded: past
 * {@link #MAX_FIELDS} fields the delivery is rejected, and each byte is looked at a fixed number
 * of times, so no body costs more than its length.
 */
final class FormBody {
  /** The most fields one body may have; Slack's and Twilio's have a few dozen. */
  static final int MAX_FIELDS = 1_000;
  /** The field whose JSON is the event when it is the body's only field. */
  static final String PAYLOAD = "payload";

  private final byte[] body;
  private final Charset charset;

  private FormBody(byte[] body, Charset charset) {
    this.body = body;
    this.charset = charset;
  }

  /** The tree of {@code body}, whose bytes are text in {@code charset}, read with {@code mapper}. */
  static JsonNode parse(byte[] body, Charset charset, ObjectMapper mapper) {
    Map<String, String> fields = new FormBody(body, charset).fields();
    if (fields.size() == 1 && fields.containsKey(PAYLOAD)) {
      return payload(fields.get(PAYLOAD), mapper);
    }
    ObjectNode object = mapper.createObjectNode();
    fields.forEach(object::put);
    return object;
  }

  /** The fields, in order, each with its first value; fields without a name are left out. */
  private Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    int count = 0;
    for (int start = 0; start <= body.length; ) {
      int end = indexOf((byte) '&', start, body.length);
      if (end > start) {
        if (++count > MAX_FIELDS) {
          throw new DeliveryRejectedException(400, "form body has more than " + MAX_FIELDS + " fields");
        }
        addField(fields, start, end);
      }
      start = end + 1;
    }
    return fields;
  }

  private void addField(Map<String, String> fields, int start, int end) {
    int equals = indexOf((byte) '=', start, end);
    String name = decode(start, equals);
    if (name.isEmpty()) {
      // Nothing could bind a field without a name: leave it out rather than refuse the delivery.
      return;
    }
    String value = equals < end ? decode(equals + 1, end) : "";
    // The first value wins: a handler sees what the sender's first field said, as servlets do.
    fields.putIfAbsent(name, value);
  }

  /** The position of {@code wanted} in {@code body[from, to)}, or {@code to}. */
  private int indexOf(byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (body[i] == wanted) {
        return i;
      }
    }
    return to;
  }

  private String decode(int from, int to) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%') {
        bytes.write(escaped(i, to));
        i += 2;
      } else {
        bytes.write(b);
      }
    }
    return text(bytes.toByteArray());
  }

  /** The byte of the escape {@code %XX} at {@code percent}. */
  private int escaped(int percent, int to) {
    int high = percent + 1 < to ? Character.digit(body[percent + 1], 16) : -1;
    int low = percent + 2 < to ? Character.digit(body[percent + 2], 16) : -1;
    if (high < 0 || low < 0) {
      throw new DeliveryRejectedException(400, "form body has a malformed %-escape");
    }
    return high << 4 | low;
  }

  private String text(byte[] bytes) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DeliveryRejectedException(400, "form body is not text in " + charset.name());
    }
  }

  private static JsonNode payload(String json, ObjectMapper mapper) {
    try {
      JsonNode tree = mapper.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new DeliveryRejectedException(400, "form body's payload is empty");
      }
      return tree;
    } catch (IOException e) {
      // No cause: its message quotes the payload.
      throw new DeliveryRejectedException(400, "form body's payload is not valid JSON");
    }
  }
}
