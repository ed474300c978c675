package io.hookwire.runtime.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Whether a {@link PointerScan} of a body answers exactly as the body's tree would. The scan
 * reproduces the trees of Jackson's own tree deserializer, as a JSON mapper configured as
 * usual makes them; a mapper configured to make other trees keeps the tree:
 * <ul>
 *   <li>{@code FAIL_ON_READING_DUP_TREE_KEY}: the tree refuses repeated names;
 *   <li>{@code READ_NULL_PROPERTIES} disabled: the tree drops members that are {@code null}, so
 *       a later {@code null} does not replace an earlier value;
 *   <li>{@code USE_BIG_DECIMAL_FOR_FLOATS} or {@code USE_LONG_FOR_INTS}: the tree refuses some
 *       numbers (an exponent out of range, an integer past a {@code long}) that a scan skips;
 *   <li>{@code UNWRAP_ROOT_VALUE}: the tree is the content of a wrapper;
 *   <li>a node factory of its own, or a deserializer of its own for {@code JsonNode} (a module,
 *       a mix-in, default typing);
 *   <li>a format other than JSON: XML, for one, gathers repeated names into an array.
 * </ul>
 * A body longer than the mapper's longest string keeps the tree too: the tree checks the
 * length of every string, which a scan that skips a string never learns.
 */
final class ScanEligibility {
  /** The last mapper asked about, with its deserializer's verdict: applications have one. */
  private static volatile Verdict last;

  private record Verdict(ObjectMapper mapper, boolean plainTrees) {}

  private ScanEligibility() {}

  /** Whether a scan of a body of {@code bodyLength} bytes answers as {@code mapper}'s tree would. */
  static boolean allows(ObjectMapper mapper, int bodyLength) {
    DeserializationConfig config = mapper.getDeserializationConfig();
    return JsonFactory.FORMAT_NAME_JSON.equals(mapper.getFactory().getFormatName())
        && bodyLength <= mapper.getFactory().streamReadConstraints().getMaxStringLength()
        && !config.isEnabled(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        && !config.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        && !config.isEnabled(DeserializationFeature.USE_LONG_FOR_INTS)
        && !config.isEnabled(DeserializationFeature.UNWRAP_ROOT_VALUE)
        && config.isEnabled(JsonNodeFeature.READ_NULL_PROPERTIES)
        && !config.getDatatypeFeatures().isExplicitlyEnabled(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        && config.getNodeFactory().getClass() == JsonNodeFactory.class
        && plainTrees(mapper);
  }

  private static boolean plainTrees(ObjectMapper mapper) {
    Verdict verdict = last;
    if (verdict == null || verdict.mapper() != mapper) {
      verdict = new Verdict(mapper, readsTreesItself(mapper));
      last = verdict;
    }
    return verdict.plainTrees();
  }

  /** Whether the mapper reads a {@code JsonNode} with Jackson's own tree deserializer. */
  private static boolean readsTreesItself(ObjectMapper mapper) {
    DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig());
    try {
      JsonDeserializer<Object> deserializer = context.findRootValueDeserializer(mapper.constructType(JsonNode.class));
      return deserializer.getClass() == JsonNodeDeserializer.class;
    } catch (JsonMappingException e) {
      // Whatever the mapper would do with a tree, the tree itself will do it.
      return false;
    }
  }
}
