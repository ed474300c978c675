package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/** Mappers configured as applications configure them, by what the configuration is for. */
final class Mappers {
  private Mappers() {}

  /** Mappers whose trees a scan reproduces, by name. */
  static Map<String, ObjectMapper> scannable() {
    return Map.of(
        "Hookwire's default", hookwireDefault(),
        "Jackson's default", new ObjectMapper(),
        "strict duplicate detection", JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build(),
        "lenient", lenient(),
        "tight limits", limited(StreamReadConstraints.builder()
            .maxNestingDepth(3).maxNumberLength(8).maxNameLength(4).maxTokenCount(40).build()),
        "big integers", JsonMapper.builder().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build());
  }

  /** The configuration of the runtime's default mapper, written out. */
  static ObjectMapper hookwireDefault() {
    return limited(StreamReadConstraints.builder()
        .maxNestingDepth(500).maxNumberLength(1_000).maxStringLength(20_000_000).maxNameLength(50_000).build());
  }

  private static ObjectMapper limited(StreamReadConstraints constraints) {
    JsonMapper mapper = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    mapper.getFactory().setStreamReadConstraints(constraints);
    return mapper;
  }

  private static ObjectMapper lenient() {
    return JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_MISSING_VALUES, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .build();
  }
}
