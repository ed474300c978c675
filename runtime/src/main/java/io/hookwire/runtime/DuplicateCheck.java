package io.hookwire.runtime;

import io.hookwire.runtime.spi.ReceiverDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Rejects two receivers with one name or one path. The processor checks this within a
 * compilation; only the runtime sees the receivers of every jar together. Two paths that differ
 * only in parameter names, {@code /a/{x}} and {@code /a/{y}}, match the same requests and so count
 * as one path.
 */
final class DuplicateCheck {

  private DuplicateCheck() {}

  /**
   * Checks the receivers' names and the shapes of their compiled paths.
   *
   * @throws IllegalStateException naming both receivers of the first clash found
   */
  static void rejectDuplicates(Map<ReceiverDefinition<?>, PathTemplate> paths) {
    reject(paths, (definition, path) -> definition.name(), "Two receivers have the same name");
    reject(paths, (definition, path) -> path.shape(), "Two receivers have the same path");
  }

  private static void reject(Map<ReceiverDefinition<?>, PathTemplate> paths,
      BiFunction<ReceiverDefinition<?>, PathTemplate, String> key, String problem) {
    Map<String, ReceiverDefinition<?>> seen = new HashMap<>();
    paths.forEach((definition, path) -> {
      ReceiverDefinition<?> first = seen.putIfAbsent(key.apply(definition, path), definition);
      if (first != null) {
        throw new IllegalStateException(problem + ": " + first + " and " + definition
            + ". Each receiver needs a name and a path of its own: change one @Webhook,"
            + " or take one of the jars off the class path.");
      }
    });
  }
}
