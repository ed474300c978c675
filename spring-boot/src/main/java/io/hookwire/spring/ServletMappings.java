package io.hookwire.spring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the servlet is mapped, so that it takes the receivers' paths and nothing else: under the
 * base path when there is one ({@code /hooks/*}); otherwise at each receiver's own path, exactly
 * ({@code /github}), or, for a path with parameters, at its fixed start ({@code /telegram/*} for
 * {@code /telegram/{botToken}/updates}). The application's controllers keep every other path.
 */
final class ServletMappings {
  private ServletMappings() {}

  /**
   * The mappings for {@code paths} under {@code basePath}, as {@code Hookwire#basePath()} gives it.
   *
   * @throws IllegalStateException for a path that starts with a parameter while there is no base
   *     path: it would take every path of the application
   */
  static Set<String> of(String basePath, List<String> paths) {
    if (!basePath.isEmpty()) {
      return Set.of(basePath + "/*");
    }
    Set<String> mappings = new LinkedHashSet<>();
    paths.forEach(path -> mappings.add(mapping(path)));
    return mappings;
  }

  private static String mapping(String path) {
    int parameter = path.indexOf('{');
    if (parameter < 0) {
      return path;
    }
    String fixed = path.substring(0, path.lastIndexOf('/', parameter));
    if (fixed.isEmpty()) {
      throw new IllegalStateException("The webhook path " + path + " starts with a parameter, so it would"
          + " take every path of the application: set hookwire.base-path to serve it under a prefix");
    }
    return fixed + "/*";
  }
}
