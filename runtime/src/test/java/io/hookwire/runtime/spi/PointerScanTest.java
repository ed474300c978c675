package io.hookwire.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.TextNode;
import io.hookwire.runtime.WebhookRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases the streaming scan must get right, one by one, each compared with the tree: repeated
 * names, array indices, escaped names, values that are not text, long parts, absent parts, the
 * mapper's features and broken JSON anywhere in the body. Then the deliveries that keep the tree.
 */
class PointerScanTest {
  private static final ObjectMapper MAPPER = Mappers.hookwireDefault();
  private static final String EVENTS = "{\"events\":[{\"type\":\"a\"},{\"type\":\"b\"}],\"type\":\"outer\"}";

  /** The scan's texts, after checking that the tree gives the same. */
  private static Outcome read(ObjectMapper mapper, String body, String... pointers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    JsonPointer[] compiled = new JsonPointer[pointers.length];
    for (int i = 0; i < pointers.length; i++) {
      compiled[i] = JsonPointer.compile(pointers[i]);
    }
    Outcome scanned = Outcome.scanned(mapper, bytes, compiled);
    assertEquals(Outcome.fromTree(mapper, bytes, compiled), scanned, body);
    return scanned;
  }

  private static Outcome read(String body, String... pointers) {
    return read(MAPPER, body, pointers);
  }

  private static Delivery delivery(String contentType, String body, ObjectMapper mapper) {
    return new Delivery(WebhookRequest.builder().path("/hooks").header("Content-Type", contentType)
        .body(body).build(), mapper);
  }

  @Test
  void theLastOfRepeatedNamesCounts() {
    assertEquals(Outcome.texts("b"), read("{\"type\":\"a\",\"type\":\"b\"}", "/type"));
    assertEquals(Outcome.texts(""), read("{\"type\":\"a\",\"type\":{\"name\":\"b\"}}", "/type"));
    assertEquals(Outcome.texts("a"), read("{\"type\":{\"name\":\"b\"},\"type\":\"a\"}", "/type"));
    assertEquals(Outcome.texts(""), read("{\"type\":\"a\",\"type\":null}", "/type"));
  }

  @Test
  void aRepeatedNameOnThePathReplacesWhatWasFoundBelowTheFirst() {
    assertEquals(Outcome.texts(""), read("{\"event\":{\"type\":\"x\"},\"event\":{\"id\":1}}", "/event/type"));
    assertEquals(Outcome.texts("y"), read("{\"event\":{\"type\":\"x\"},\"event\":{\"type\":\"y\"}}", "/event/type"));
    assertEquals(Outcome.texts(""), read("{\"event\":{\"type\":\"x\"},\"event\":\"flat\"}", "/event/type"));
    assertEquals(Outcome.texts("x", "2"),
        read("{\"a\":{\"b\":{\"c\":\"x\"},\"d\":1},\"a\":{\"b\":{\"c\":\"x\"},\"d\":2}}", "/a/b/c", "/a/d"));
  }

  @Test
  void arrayIndicesCountElements() {
    assertEquals(Outcome.texts("a", "b", ""), read(EVENTS, "/events/0/type", "/events/1/type", "/events/2/type"));
    assertEquals(Outcome.texts("", ""), read(EVENTS, "/events/01/type", "/events/-/type"));
    assertEquals(Outcome.texts("second"), read("[[1],[\"first\",\"second\"]]", "/1/1"));
  }

  @Test
  void aDigitNamesAMemberInAnObject() {
    assertEquals(Outcome.texts("k", "z"),
        read("{\"events\":{\"0\":{\"type\":\"k\"},\"01\":\"z\"}}", "/events/0/type", "/events/01"));
  }

  @Test
  void escapedNamesMatchTheirUnescapedMembers() {
    String body = "{\"a/b\":\"slash\",\"m~n\":\"tilde\",\"~1\":\"literal\",\"\":\"empty\",\"é\":\"accent\"}";

    assertEquals(Outcome.texts("slash", "tilde", "literal", "empty", "accent"),
        read(body, "/a~1b", "/m~0n", "/~01", "/", "/é"));
    assertEquals(Outcome.texts("escaped"), read("{\"ty\\u0070e\":\"escaped\"}", "/type"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"type\":{\"name\":\"x\"}}|",
    "{\"type\":[\"x\"]}|",
    "{\"type\":null}|",
    "{\"type\":\"\"}|",
    "{\"type\":42}|42",
    "{\"type\":-0}|0",
    "{\"type\":1.50}|1.5",
    "{\"type\":1e2}|100.0",
    "{\"type\":1e400}|Infinity",
    "{\"type\":123456789012345678901234567890}|123456789012345678901234567890",
    "{\"type\":true}|true",
    "{\"type\":false}|false",
  })
  void valuesThatAreNotTextBecomeTheTreesText(String body, String text) {
    assertEquals(Outcome.texts(text == null ? "" : text), read(body, "/type"));
  }

  @Test
  void thePointerToTheRootReadsAScalarBody() {
    assertEquals(Outcome.texts("abc"), read("\"abc\"", ""));
    assertEquals(Outcome.texts("7"), read(" 7 ", ""));
    assertEquals(Outcome.texts(""), read("{\"type\":\"a\"}", ""));
  }

  @Test
  void absentPartsAreEmpty() {
    assertEquals(Outcome.texts("", "", ""),
        read("{\"event\":\"flat\",\"list\":[]}", "/type", "/event/type", "/list/0"));
  }

  @Test
  void aPartOfTheLongestLengthIsReadAndALongerOneRejected() {
    String longest = "x".repeat(Delivery.MAX_TYPE_PART);

    assertEquals(longest, delivery("application/json", "{\"type\":\"" + longest + "\"}", MAPPER)
        .eventTypeAt(JsonPointer.compile("/type")));
    DeliveryRejectedException e = assertThrows(DeliveryRejectedException.class,
        () -> delivery("application/json", "{\"type\":\"" + longest + "y\"}", MAPPER)
            .eventTypeAt(JsonPointer.compile("/type")));
    assertEquals(400, e.status());
    assertEquals("event type part of 257 characters, more than 256", e.getMessage());
  }

  @Test
  void aLongPartAfterAnAbsentOneIsNeverRead() {
    String body = "{\"event\":{\"type\":\"" + "x".repeat(300) + "\"}}";

    assertEquals("", delivery("application/json", body, MAPPER)
        .eventType(JsonPointer.compile("/type"), JsonPointer.compile("/event/type")).toString());
  }

  @Test
  void aLongDeliveryIdIsLeftToTheDeliveryLog() {
    String id = "i".repeat(300);

    assertEquals(id, delivery("application/json", "{\"id\":\"" + id + "\"}", MAPPER)
        .deliveryIdAt(JsonPointer.compile("/id")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"type\":\"a\",\"rest\":[1,2}",
    "{\"type\":\"a\",\"rest\":\"open}",
    "{\"type\":\"a\",\"rest\":tru}",
    "{\"type\":\"a\"",
    "{\"type\":\"a\"}}",
    "{\"type\":\"a\"} {}",
    "{\"type\":\"a\"} x",
    "{\"type\":\"a\",}",
    "{\"type\":\"a\",\"rest\":\"\u0001\"}",
    "\"unterminated",
    "{\"type\":\"a\",\"rest\":01}",
    "{\"type\":\"a\",\"rest\":NaN}",
    "{\"type\":\"a\" /* comment */}",
  })
  void brokenJsonAnywhereIsRejectedAsByTheTree(String body) {
    assertEquals(Outcome.rejected(400, "body is not valid JSON"), read(body, "/type"));
  }

  @Test
  void invalidUtf8InAStringNoPointerReadsIsRejected() {
    byte[] body = {'{', '"', 't', '"', ':', '"', 'a', '"', ',', '"', 'r', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
    JsonPointer type = JsonPointer.compile("/t");

    assertEquals(Outcome.rejected(400, "body is not valid JSON"), Outcome.scanned(MAPPER, body, type));
    assertEquals(Outcome.fromTree(MAPPER, body, type), Outcome.scanned(MAPPER, body, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void bodiesInTheOtherEncodingsJacksonDetectsAreReadAsByTheTree(String charset) {
    JsonPointer type = JsonPointer.compile("/event/type");
    byte[] body = "{\"event\":{\"type\":\"\u00e9t\u00e9\",\"text\":\"\u2603\"}}"
        .getBytes(Charset.forName(charset));
    byte[] cut = Arrays.copyOf(body, body.length - 3);

    assertEquals(Outcome.texts("\u00e9t\u00e9"), Outcome.scanned(MAPPER, body, type));
    assertEquals(Outcome.fromTree(MAPPER, cut, type), Outcome.scanned(MAPPER, cut, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void aBodyWithoutAValueIsEmpty(String body) {
    assertEquals(Outcome.rejected(400, "body is empty"), read(body, "/type"));
  }

  @Test
  void strictDuplicateDetectionRejectsRepeatedNamesAnywhere() {
    ObjectMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    assertEquals(Outcome.rejected(400, "body is not valid JSON"),
        read(strict, "{\"type\":\"a\",\"data\":{\"x\":1,\"x\":2}}", "/type"));
    assertEquals(Outcome.texts("a"), read(strict, "{\"type\":\"a\",\"data\":{\"x\":1,\"y\":2}}", "/type"));
  }

  @Test
  void trailingTokensAreRejectedOnlyWhenTheMapperRefusesThem() {
    String body = "{\"type\":\"a\"} {\"type\":\"b\"}";

    assertEquals(Outcome.rejected(400, "body is not valid JSON"), read(MAPPER, body, "/type"));
    assertEquals(Outcome.texts("a"), read(new ObjectMapper(), body, "/type"));
    assertEquals(Outcome.texts("a"), read(new ObjectMapper(), "{\"type\":\"a\"} not json", "/type"));
  }

  @Test
  void theMappersLimitsHoldForTheWholeBody() {
    ObjectMapper shallow = JsonMapper.builder().build();
    shallow.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).build());

    assertEquals(Outcome.rejected(400, "body is not valid JSON"),
        read(shallow, "{\"type\":\"a\",\"d\":{\"e\":[1]}}", "/type"));
    assertEquals(Outcome.texts("a"), read(shallow, "{\"type\":\"a\",\"d\":{\"e\":1}}", "/type"));
  }

  @Test
  void aFormBodyIsReadFromItsTree() {
    Delivery form = delivery("application/x-www-form-urlencoded", "command=%2Fdeploy&text=now", MAPPER);

    assertEquals("/deploy", form.eventTypeAt(JsonPointer.compile("/command")));
  }

  @Test
  void aBodyNeitherJsonNorAFormIsUnsupported() {
    DeliveryRejectedException e = assertThrows(DeliveryRejectedException.class,
        () -> delivery("text/plain", "{\"type\":\"a\"}", MAPPER).eventTypeAt(JsonPointer.compile("/type")));

    assertEquals(415, e.status());
  }

  @Test
  void theRootBoundAfterAScanIsTheBodysLastValue() throws IOException {
    Delivery delivery = delivery("application/json", "{\"type\":\"a\",\"type\":\"b\"}", MAPPER);

    assertEquals("b", delivery.eventTypeAt(JsonPointer.compile("/type")));
    assertEquals("b", delivery.bind(MAPPER.readerFor(Map.class)) instanceof Map<?, ?> map ? map.get("type") : null);
  }

  /** An event type with a record's properties. */
  record Order(String type, String id) {}

  @Test
  void aRecordWhosePropertyRepeatsIsBoundWithTheLastValueAsTheTypeIsRead() {
    Delivery delivery = delivery("application/json", "{\"type\":\"ping\",\"id\":\"9\",\"type\":\"order\"}", MAPPER);

    assertEquals("order", delivery.eventTypeAt(JsonPointer.compile("/type")));
    assertEquals(new Order("order", "9"), delivery.bind(MAPPER.readerFor(Order.class)));
  }

  @Test
  void aTypeJacksonCannotBindStillFails() {
    Delivery delivery = delivery("application/json", "{\"type\":\"a\"}", MAPPER);

    assertThrows(IllegalStateException.class, () -> delivery.bind(MAPPER.readerFor(Runnable.class)));
  }

  /** Configurations under which a scan would answer otherwise than the tree, and so is not used. */
  @Test
  void mappersThatMakeOtherTreesKeepTheTree() {
    assertKeepsTree("{\"type\":\"a\",\"type\":\"b\"}",
        mapper -> mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY));
    assertKeepsTree("{\"type\":\"a\",\"type\":null}",
        mapper -> mapper.configure(JsonNodeFeature.READ_NULL_PROPERTIES, false));
    assertKeepsTree("{\"type\":\"a\",\"n\":1e9999999999}",
        mapper -> mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    assertKeepsTree("{\"type\":\"a\",\"n\":1e9999999999}",
        mapper -> mapper.configure(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS, true));
    assertKeepsTree("{\"type\":\"a\",\"n\":99999999999999999999}",
        mapper -> mapper.enable(DeserializationFeature.USE_LONG_FOR_INTS));
    assertKeepsTree("{\"JsonNode\":{\"type\":\"a\"}}",
        mapper -> mapper.enable(DeserializationFeature.UNWRAP_ROOT_VALUE));
    assertKeepsTree("{\"type\":\"a\",\"s\":\"" + "x".repeat(20) + "\"}",
        mapper -> mapper.getFactory()
            .setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(10).build()));
    assertKeepsTree("{\"type\":\"a\"}",
        mapper -> mapper.registerModule(new SimpleModule().addDeserializer(JsonNode.class, new FixedTree())));
  }

  @Test
  void theRuntimesDefaultMapperIsScanned() {
    assertTrue(ScanEligibility.allows(MAPPER, 1 << 20));
    assertFalse(ScanEligibility.allows(MAPPER, 20_000_001));
  }

  /**
   * Under {@code configuration}, the scan of {@code body} at {@code /type} answers otherwise than
   * the tree, the scan is not allowed, and a delivery answers as the tree.
   */
  private static void assertKeepsTree(String body, Consumer<ObjectMapper> configuration) {
    ObjectMapper mapper = new ObjectMapper();
    configuration.accept(mapper);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    JsonPointer type = JsonPointer.compile("/type");
    Outcome tree = Outcome.fromTree(mapper, bytes, type);

    assertNotEquals(tree, Outcome.scanned(mapper, bytes, type), body);
    assertFalse(ScanEligibility.allows(mapper, bytes.length), body);
    assertEquals(tree, Outcome.of(() -> List.of(
        delivery("application/json", body, mapper).eventTypeAt(type))), body);
  }

  /** A tree deserializer of an application's own: every body is the same text. */
  private static final class FixedTree extends StdDeserializer<JsonNode> {
    private static final long serialVersionUID = 1L;

    FixedTree() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      parser.skipChildren();
      return TextNode.valueOf("fixed");
    }
  }
}
