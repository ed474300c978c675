package io.hookwire.runtime.spi;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Where in the body binding failed, as a log line names it: {@code data.object.amount},
 * {@code items[2].id}. Names only the path, never the value found there, which may be personal
 * data or a secret. Not for users.
 */
final class JsonPaths {
  /** What a failure at the top of the body is named: its value itself could not be bound. */
  static final String ROOT = "the root";

  private JsonPaths() {}

  /** The path of the value {@code failure} is about. */
  static String of(JsonMappingException failure) {
    List<JsonMappingException.Reference> path = failure.getPath();
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        text.append('[').append(reference.getIndex()).append(']');
      }
    }
    return text.length() == 0 ? ROOT : text.toString();
  }
}
