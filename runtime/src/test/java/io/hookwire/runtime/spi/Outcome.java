package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What reading pointers in a body comes to: the texts found, or the rejection (status and
 * message), or the class of anything else thrown. Two ways of reading agree when their outcomes
 * are equal.
 */
record Outcome(List<String> texts, int status, String message, Class<?> failure) {

  /** The outcome of {@code read}. */
  static Outcome of(Supplier<List<String>> read) {
    try {
      return new Outcome(read.get(), 0, null, null);
    } catch (DeliveryRejectedException e) {
      return new Outcome(null, e.status(), e.getMessage(), null);
    } catch (RuntimeException e) {
      return new Outcome(null, 0, null, e.getClass());
    }
  }

  /** The texts of {@code texts}. */
  static Outcome texts(String... texts) {
    return new Outcome(List.of(texts), 0, null, null);
  }

  /** A rejection. */
  static Outcome rejected(int status, String message) {
    return new Outcome(null, status, message, null);
  }

  /** The streaming scan's answer. */
  static Outcome scanned(ObjectMapper mapper, byte[] body, JsonPointer... pointers) {
    return of(() -> List.of(PointerScan.textsAt(mapper, body, pointers)));
  }

  /**
   * The tree's answer, written out independently of the runtime as reading the event type always
   * was: {@code readTree}, then {@code at(pointer)}, then the text of a scalar other than null.
   */
  static Outcome fromTree(ObjectMapper mapper, byte[] body, JsonPointer... pointers) {
    return of(() -> {
      JsonNode tree;
      try {
        tree = mapper.readTree(body);
      } catch (IOException e) {
        throw new DeliveryRejectedException(400, "body is not valid JSON", e);
      }
      if (tree == null || tree.isMissingNode()) {
        throw new DeliveryRejectedException(400, "body is empty");
      }
      List<String> texts = new ArrayList<>();
      for (JsonPointer pointer : pointers) {
        JsonNode value = tree.at(pointer);
        texts.add(value.isValueNode() && !value.isNull() ? value.asText() : "");
      }
      return texts;
    });
  }
}
