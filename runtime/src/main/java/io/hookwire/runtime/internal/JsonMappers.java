package io.hookwire.runtime.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The {@code ObjectMapper} Hookwire uses when the application gives none. Not for users. */
public final class JsonMappers {

  /** The shared default; {@code ObjectMapper} is thread-safe once configured. */
  public static final ObjectMapper DEFAULT = newDefault();

  private static final int MAX_NESTING_DEPTH = 500;

  private JsonMappers() {}

  /**
   * A mapper that ignores unknown properties, because providers add fields to their payloads all
   * the time and a new field must never turn deliveries into errors; that rejects trailing
   * content after the JSON value; and that bounds nesting depth so hostile input cannot exhaust
   * the stack.
   */
  public static ObjectMapper newDefault() {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    return mapper;
  }
}
