package io.hookwire.runtime;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The {@code ObjectMapper} Hookwire uses when the application gives none. Not for users. */
final class JsonMappers {

  /** The shared default; {@code ObjectMapper} is thread-safe once configured. */
  public static final ObjectMapper DEFAULT = newDefault();

  // Far deeper than any provider's payload, far shallower than what exhausts a thread's stack.
  static final int MAX_NESTING_DEPTH = 500;
  // Jackson's own defaults, written out so that an upgrade cannot loosen them unnoticed. Numbers
  // are bounded because parsing a long one as BigInteger or BigDecimal takes quadratic time;
  // strings and names because each is held whole in memory, beside the body.
  static final int MAX_NUMBER_LENGTH = 1_000;
  static final int MAX_STRING_LENGTH = 20_000_000;
  static final int MAX_NAME_LENGTH = 50_000;

  private JsonMappers() {}

  /**
   * A mapper that ignores unknown properties, because providers add fields to their payloads all
   * the time and a new field must never turn deliveries into errors; that rejects trailing
   * content after the JSON value; and that bounds nesting depth, so hostile input cannot exhaust
   * the stack, and the length of numbers, strings and names, so it cannot take the CPU or the
   * memory. Input past a bound fails to parse, which the pipeline answers {@code 400}.
   */
  public static ObjectMapper newDefault() {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build());
    return mapper;
  }
}
