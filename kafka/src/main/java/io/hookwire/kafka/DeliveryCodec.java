package io.hookwire.kafka;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hookwire.runtime.spi.StoredDelivery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a stored delivery as a record's value, and reads it back: a JSON envelope, version 1.
 *
 * <pre>{@code
 * {"format": "hookwire.delivery", "version": 1,
 *  "receiver": "orders", "deliveryId": "d-1", "method": "POST", "path": "/orders",
 *  "headers": {"X-Event": ["order.placed"]}, "pathParams": {}, "queryParams": {"shop": ["eu"]},
 *  "body": "<the raw body, base64>"}
 * }</pre>
 *
 * <p>JSON, so that an operator can read a record of the dead-letter topic with any Kafka tool; the
 * body in base64, since it is the raw bytes the signature covered, not necessarily text. A reader
 * refuses a format or version it does not know rather than guess: such a record goes to the
 * dead-letter topic, where the version that wrote it can still read it.
 */
final class DeliveryCodec {
  static final String FORMAT = "hookwire.delivery";
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, List<String>>> MULTI_MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private DeliveryCodec() {}

  /** The record's value for {@code delivery}. */
  static byte[] encode(StoredDelivery delivery) {
    ObjectNode envelope = MAPPER.createObjectNode()
        .put("format", FORMAT)
        .put("version", VERSION)
        .put("receiver", delivery.receiver())
        .put("deliveryId", delivery.deliveryId())
        .put("method", delivery.method())
        .put("path", delivery.path());
    envelope.set("headers", MAPPER.valueToTree(delivery.headers()));
    envelope.set("pathParams", MAPPER.valueToTree(delivery.pathParams()));
    envelope.set("queryParams", MAPPER.valueToTree(delivery.queryParams()));
    envelope.put("body", Base64.getEncoder().encodeToString(delivery.body()));
    try {
      return MAPPER.writeValueAsBytes(envelope);
    } catch (IOException e) {
      throw new IllegalStateException("A tree of strings could not be written as JSON", e);
    }
  }

  /** The record's key: the receiver and the delivery id, so that copies of one delivery share a partition. */
  static byte[] key(StoredDelivery delivery) {
    // No id: no key, so the producer spreads such deliveries over the partitions.
    return delivery.deliveryId().isEmpty()
        ? null
        : (delivery.receiver() + "/" + delivery.deliveryId()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The delivery in a record's value.
   *
   * @throws UndecodableRecordException if the value is not a delivery of a format and version this
   *     reader knows
   */
  static StoredDelivery decode(byte[] value) throws UndecodableRecordException {
    if (value == null) {
      throw new UndecodableRecordException("the record has no value");
    }
    try {
      JsonNode envelope = MAPPER.readTree(value);
      if (envelope == null || !FORMAT.equals(envelope.path("format").asText())) {
        throw new UndecodableRecordException("the record is not a " + FORMAT);
      }
      int version = envelope.path("version").asInt(-1);
      if (version != VERSION) {
        throw new UndecodableRecordException("the record is " + FORMAT + " version " + version
            + "; this version of hookwire-kafka reads version " + VERSION);
      }
      return new StoredDelivery(
          text(envelope, "receiver"),
          text(envelope, "deliveryId"),
          text(envelope, "method"),
          text(envelope, "path"),
          MAPPER.convertValue(required(envelope, "headers"), MULTI_MAP),
          MAPPER.convertValue(required(envelope, "pathParams"), MAP),
          MAPPER.convertValue(required(envelope, "queryParams"), MULTI_MAP),
          Base64.getDecoder().decode(text(envelope, "body")));
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      throw new UndecodableRecordException("the record is not a readable " + FORMAT + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode envelope, String field) throws UndecodableRecordException {
    JsonNode value = required(envelope, field);
    if (!value.isTextual()) {
      throw new UndecodableRecordException("the field " + field + " is not text");
    }
    return value.asText();
  }

  private static JsonNode required(JsonNode envelope, String field) throws UndecodableRecordException {
    JsonNode value = envelope.get(field);
    if (value == null || value.isNull()) {
      throw new UndecodableRecordException("the field " + field + " is missing");
    }
    return value;
  }
}
