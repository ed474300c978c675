package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One delivery on its way through a generated receiver: the request, plus the JSON tree once it
 * has been parsed, so that a body is parsed into a tree at most once, whether it came as JSON or
 * as a form. The event type and the delivery id in a JSON body are read with a streaming scan
 * that builds no tree ({@link PointerScan}), which answers exactly as the tree would, so that
 * a handler that binds its event reads the body's bytes straight into it.
 * Generated code calls it to bind each parameter; its methods throw
 * {@link DeliveryRejectedException} for input that cannot be bound. Not for users; one instance
 * per request, used by one thread.
 */
public final class Delivery {
  /** No event type or delivery id: an empty string, which no handler names. */
  static final String NONE = "";
  /** The longest part of an event type a delivery may carry; real ones are a few dozen. */
  public static final int MAX_TYPE_PART = 256;

  private final WebhookRequest request;
  private final ObjectMapper mapper;
  private JsonNode tree;
  private final ScannedTexts scanned = new ScannedTexts();
  /** Whether the body is scanned rather than parsed into a tree; decided on its first read. */
  private Boolean scannable;
  private boolean deliveryIdSigned;

  /** A delivery of {@code request}, whose JSON is read with {@code mapper}. */
  public Delivery(WebhookRequest request, ObjectMapper mapper) {
    this.request = request;
    this.mapper = mapper;
  }

  /** The whole request. */
  public WebhookRequest request() {
    return request;
  }

  /** The raw body. */
  public byte[] bodyBytes() {
    return request.bodyBytes();
  }

  /** The body as UTF-8 text. */
  public String bodyString() {
    return request.bodyString();
  }

  /** A required header; rejects the delivery with {@code 400} when it is absent. */
  public String header(String name) {
    return request.header(name).orElseThrow(() -> missing("header", name));
  }

  /** An optional header. */
  public Optional<String> optionalHeader(String name) {
    return request.header(name);
  }

  /** A required path parameter; rejects the delivery with {@code 400} when it is absent. */
  public String pathParam(String name) {
    return request.pathParam(name).orElseThrow(() -> missing("path parameter", name));
  }

  /** An optional path parameter. */
  public Optional<String> optionalPathParam(String name) {
    return request.pathParam(name);
  }

  /** A required query parameter; rejects the delivery with {@code 400} when it is absent. */
  public String queryParam(String name) {
    return request.queryParam(name).orElseThrow(() -> missing("query parameter", name));
  }

  /** An optional query parameter. */
  public Optional<String> optionalQueryParam(String name) {
    return request.queryParam(name);
  }

  /**
   * The event type named by a header, or an empty string, which no handler names, when absent.
   * Rejects the delivery with {@code 400} when it is longer than {@value #MAX_TYPE_PART} characters.
   */
  public String eventTypeFromHeader(String name) {
    return checkedPart(request.header(name).orElse(NONE));
  }

  /**
   * The event type at a JSON Pointer into the body: the text of a scalar value, or an empty
   * string, which no handler names, when the pointer finds none. Rejects the delivery with
   * {@code 400} when it is longer than {@value #MAX_TYPE_PART} characters.
   */
  public String eventTypeAt(JsonPointer pointer) {
    return checkedPart(textAt(pointer));
  }

  /**
   * The event type of several parts: the header's value, then the text at each pointer, up to
   * the first that is absent, empty or not a scalar. The body is not read when the header is
   * absent. Rejects the delivery with {@code 400} when a part is longer than
   * {@value #MAX_TYPE_PART} characters.
   */
  public EventType eventType(String header, JsonPointer... pointers) {
    List<String> parts = new ArrayList<>();
    String first = eventTypeFromHeader(header);
    if (!first.isEmpty()) {
      parts.add(first);
      addParts(parts, pointers);
    }
    return new EventType(parts);
  }

  /**
   * The event type of several parts: the text at each pointer, up to the first that is absent,
   * empty or not a scalar. Rejects the delivery with {@code 400} when a part is longer than
   * {@value #MAX_TYPE_PART} characters.
   */
  public EventType eventType(JsonPointer... pointers) {
    List<String> parts = new ArrayList<>();
    addParts(parts, pointers);
    return new EventType(parts);
  }

  /** The delivery id in a header, or an empty string when absent. */
  public String deliveryIdFromHeader(String name) {
    deliveryIdSigned = false;
    return request.header(name).orElse(NONE);
  }

  /**
   * The delivery id in a header that the receiver's signature covers
   * ({@code @Webhook(deliveryIdSigned = true)}), or an empty string when absent.
   */
  public String signedDeliveryIdFromHeader(String name) {
    String id = deliveryIdFromHeader(name);
    deliveryIdSigned = true;
    return id;
  }

  /** The delivery id at a JSON Pointer into the body, or an empty string when there is none. */
  public String deliveryIdAt(JsonPointer pointer) {
    // Inside the body, which the signature covers.
    deliveryIdSigned = true;
    return textAt(pointer);
  }

  /**
   * Whether the signature covers the delivery id last read: an id in the body, or in a header
   * declared signed. An id it does not cover could be replayed with any body.
   */
  public boolean deliveryIdSigned() {
    return deliveryIdSigned;
  }

  /**
   * The body as a JSON tree, parsed on first use: the JSON body, or the tree of a form body (see
   * {@link FormBody}).
   */
  public JsonNode tree() {
    if (tree == null) {
      Optional<String> contentType = request.header("Content-Type");
      if (contentType.isPresent() && MediaTypes.isForm(contentType.get())) {
        tree = parseForm(contentType.get());
      } else {
        requireJsonContentType(contentType);
        tree = parseTree();
      }
    }
    return tree;
  }

  /**
   * The body bound to the reader's type: read straight from a JSON body that was not parsed yet,
   * otherwise from the tree, which a form body always is. A JSON body whose bytes Jackson cannot
   * bind, as when a record's property is named twice, is bound from its tree, which keeps the
   * last value of a repeated name, as the event type does.
   */
  public <T> T bind(ObjectReader reader) {
    T event;
    try {
      event = tree == null && !isForm() ? readJson(reader) : reader.readValue(tree());
    } catch (InvalidDefinitionException e) {
      // The event type is at fault, not the body: answering 400 would tell the sender not to
      // retry, and the event would be lost; a 500 keeps it coming until the receiver is fixed.
      throw new IllegalStateException("Jackson cannot bind " + reader.getValueType() + ": " + e.getOriginalMessage(), e);
    } catch (JsonMappingException e) {
      // The path only, never Jackson's message or the exception as cause: both quote the value.
      throw new DeliveryRejectedException(400,
          "body does not bind to " + reader.getValueType() + " at " + JsonPaths.of(e));
    } catch (IOException e) {
      throw new DeliveryRejectedException(400, "body does not bind to " + reader.getValueType(), e);
    }
    if (event == null) {
      // JSON null binds to null; a handler must never see an absent event.
      throw new DeliveryRejectedException(400, "body is JSON null, not " + reader.getValueType());
    }
    return event;
  }

  /** A {@code 200} JSON answer holding {@code value}. */
  public WebhookResponse json(Object value) throws JsonProcessingException {
    return WebhookResponse.of(200, WebhookResponse.APPLICATION_JSON, mapper.writeValueAsString(value));
  }

  private void addParts(List<String> parts, JsonPointer... pointers) {
    // One scan reads every part; the parts are then taken in order, as from the tree.
    scanAhead(pointers);
    for (JsonPointer pointer : pointers) {
      String part = eventTypeAt(pointer);
      if (part.isEmpty()) {
        return;
      }
      parts.add(part);
    }
  }

  /** A part no sender needs, and that would only fill logs and memory, is refused. */
  private static String checkedPart(String part) {
    if (part.length() > MAX_TYPE_PART) {
      throw new DeliveryRejectedException(400,
          "event type part of " + part.length() + " characters, more than " + MAX_TYPE_PART);
    }
    return part;
  }

  /**
   * The text at {@code pointer}: from the tree when there is one, or when the body is a form or
   * the mapper makes trees a scan cannot reproduce; otherwise from a scan of the body, once per
   * pointer.
   */
  private String textAt(JsonPointer pointer) {
    if (!scans()) {
      return textOf(tree().at(pointer));
    }
    String text = scanned.textAt(pointer);
    if (text == null) {
      scanAhead(pointer);
      text = scanned.textAt(pointer);
    }
    return text;
  }

  /** Scans the body once for those of {@code pointers} not scanned yet, when it is scanned. */
  private void scanAhead(JsonPointer... pointers) {
    if (scans()) {
      JsonPointer[] missing = scanned.missing(pointers);
      if (missing.length > 0) {
        scanned.add(missing, PointerScan.textsAt(mapper, request.bodyBytes(), missing));
      }
    }
  }

  /**
   * Whether the body is read by a scan: a JSON body, not parsed yet, for a mapper whose trees a
   * scan reproduces. Rejects the delivery with {@code 415} when the body is neither JSON nor a
   * form, as {@link #tree()} does.
   */
  private boolean scans() {
    if (tree != null) {
      return false;
    }
    if (scannable == null) {
      scannable = scannable();
    }
    return scannable;
  }

  private boolean scannable() {
    Optional<String> contentType = request.header("Content-Type");
    if (contentType.isPresent() && MediaTypes.isForm(contentType.get())) {
      return false;
    }
    requireJsonContentType(contentType);
    return ScanEligibility.allows(mapper, request.bodyBytes().length);
  }

  /** The text of a value found in the tree: a scalar's, or none for null, objects and arrays. */
  static String textOf(JsonNode value) {
    return value.isValueNode() && !value.isNull() ? value.asText() : NONE;
  }

  private JsonNode parseTree() {
    try {
      JsonNode parsed = mapper.readTree(request.bodyBytes());
      if (parsed == null || parsed.isMissingNode()) {
        throw emptyBody();
      }
      return parsed;
    } catch (IOException e) {
      throw notJson(e);
    }
  }

  /** {@code 400}: the body holds no JSON value, only white space or nothing. */
  static DeliveryRejectedException emptyBody() {
    return new DeliveryRejectedException(400, "body is empty");
  }

  /** {@code 400}: the body is not JSON, or not JSON the mapper accepts. */
  static DeliveryRejectedException notJson(IOException e) {
    return new DeliveryRejectedException(400, "body is not valid JSON", e);
  }

  private <T> T readJson(ObjectReader reader) throws IOException {
    requireJsonContentType(request.header("Content-Type"));
    try {
      return reader.readValue(request.bodyBytes());
    } catch (InvalidDefinitionException e) {
      // Also what a name repeated in the body gives for a record: Jackson builds it with the
      // first value and has nowhere to put the second. The tree keeps the last value, which is
      // also what the event type was read from; a type Jackson truly cannot bind fails there too.
      return reader.readValue(tree());
    }
  }

  private boolean isForm() {
    return request.header("Content-Type").map(MediaTypes::isForm).orElse(false);
  }

  private JsonNode parseForm(String contentType) {
    Charset charset = MediaTypes.charset(contentType)
        .orElseThrow(() -> new DeliveryRejectedException(415, "form body's charset is unknown"));
    return FormBody.parse(request.bodyBytes(), charset, mapper);
  }

  private static void requireJsonContentType(Optional<String> contentType) {
    if (contentType.isPresent() && !MediaTypes.acceptsJson(contentType.get())) {
      throw new DeliveryRejectedException(415, "Content-Type is neither JSON nor a form");
    }
  }

  private static DeliveryRejectedException missing(String what, String name) {
    return new DeliveryRejectedException(400, "missing " + what + " " + name);
  }
}
