package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * The text at JSON Pointers into a JSON body, read in one streaming pass that builds no tree,
 * and exactly what {@link Delivery} reads in the body's tree ({@code readTree(body).at(pointer)}):
 * the text of a scalar, or an empty string for a pointer that finds no value, {@code null}, an
 * object or an array. Use it only where {@link ScanEligibility} allows it.
 *
 * <p>It answers as the tree does because it reads what the tree reads:
 * <ul>
 *   <li>every token of the body, with a parser the mapper makes (its features, its limits), so a
 *       body the tree refuses is refused here, at the same token; strings off the pointers' paths
 *       are skipped rather than decoded, which checks the same syntax and encoding;
 *   <li>nothing after the root value, or exactly one more token when the mapper refuses
 *       trailing tokens, as {@code readTree} does;
 *   <li>the last of repeated names, as an object node keeps it: each value met on a pointer's
 *       path replaces the answer of any value met before on it;
 *   <li>names and indices as {@link com.fasterxml.jackson.databind.JsonNode#at} matches them,
 *       through the pointer's own {@code getMatchingProperty()} and {@code getMatchingIndex()};
 *   <li>numbers and booleans turned into the node the mapper's tree would hold, by the mapper
 *       itself, then into that node's text.
 * </ul>
 *
 * <p>One instance per scan.
 */
final class PointerScan {
  private final ObjectMapper mapper;
  private final JsonParser parser;
  private final String[] texts;

  private PointerScan(ObjectMapper mapper, JsonParser parser, int pointers) {
    this.mapper = mapper;
    this.parser = parser;
    this.texts = new String[pointers];
  }

  /**
   * The text at each of {@code pointers}, in their order.
   *
   * @throws DeliveryRejectedException {@code 400} for a body that is empty or not JSON, as
   *     reading its tree would be
   */
  static String[] textsAt(ObjectMapper mapper, byte[] body, JsonPointer... pointers) {
    try (JsonParser parser = mapper.createParser(body)) {
      return new PointerScan(mapper, parser, pointers.length).read(pointers);
    } catch (IOException e) {
      throw Delivery.notJson(e);
    }
  }

  private String[] read(JsonPointer[] pointers) throws IOException {
    if (parser.nextToken() == null) {
      throw Delivery.emptyBody();
    }
    // Every pointer starts at the root value.
    value(pointers);
    // A string at the root that no pointer asked for is still unread: the tree decodes it.
    parser.finishToken();
    if (mapper.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw MismatchedInputException.from(parser, JsonNode.class,
            "Trailing token (of type " + trailing + ") found after value (bound as JsonNode)");
      }
    }
    return texts;
  }

  /**
   * Reads the value at the current token for the pointers whose path leads to it; {@code here}
   * holds what is left of each pointer, or {@code null} for those whose path goes elsewhere.
   */
  private void value(JsonPointer[] here) throws IOException {
    JsonToken token = parser.currentToken();
    boolean container = token.isStructStart();
    String scalar = null;
    boolean deeper = false;
    for (int i = 0; i < here.length; i++) {
      JsonPointer rest = here[i];
      if (rest == null) {
        continue;
      }
      // This value replaces whatever an earlier value with the same name gave, as in a tree.
      if (!rest.matches()) {
        texts[i] = Delivery.NONE;
        deeper |= container;
      } else if (container) {
        texts[i] = Delivery.NONE;
      } else {
        if (scalar == null) {
          scalar = scalarText(token);
        }
        texts[i] = scalar;
      }
    }
    if (!deeper) {
      parser.skipChildren();
    } else if (token == JsonToken.START_OBJECT) {
      members(here);
    } else {
      elements(here);
    }
  }

  private void members(JsonPointer[] here) throws IOException {
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonPointer[] next = onward(here, name, -1);
      parser.nextToken();
      if (next == null) {
        parser.skipChildren();
      } else {
        value(next);
      }
    }
  }

  private void elements(JsonPointer[] here) throws IOException {
    int index = 0;
    for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      JsonPointer[] next = onward(here, null, index++);
      if (next == null) {
        parser.skipChildren();
      } else {
        value(next);
      }
    }
  }

  /**
   * What is left of each pointer below the member {@code name}, or below the element at
   * {@code index} when {@code name} is {@code null}; {@code null} when no pointer goes there.
   */
  private static JsonPointer[] onward(JsonPointer[] here, String name, int index) {
    JsonPointer[] next = null;
    for (int i = 0; i < here.length; i++) {
      JsonPointer rest = here[i];
      if (rest != null && !rest.matches() && (name == null
          ? rest.getMatchingIndex() == index
          : name.equals(rest.getMatchingProperty()))) {
        if (next == null) {
          next = new JsonPointer[here.length];
        }
        next[i] = rest.tail();
      }
    }
    return next;
  }

  private String scalarText(JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NULL) {
      return Delivery.NONE;
    }
    // Numbers become the node the tree would hold (int, long, BigInteger, double...), whose
    // text is what the tree gives; the mapper's own reader makes it, from this one token.
    JsonNode node = mapper.reader()
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .readTree(parser);
    return Delivery.textOf(node);
  }
}
