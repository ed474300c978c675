package io.hookwire.processor.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of {@code @Webhook(path)}: {@code /} followed by segments, each either literal
 * (letters, digits and {@code -._~}) or a parameter in braces ({@code {token}}). Stricter than a
 * URL, on purpose: characters such as {@code :} and {@code *} mean something to Spark's router,
 * and a path that needs escaping would not match the path a sender requests.
 */
final class PathSyntax {
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private PathSyntax() {}

  /** What is wrong with a non-empty path, if anything, as a phrase for {@link Message#MALFORMED_PATH}. */
  static Optional<String> problem(String path) {
    if (!path.startsWith("/")) {
      return Optional.of("it does not start with '/'");
    }
    if (path.equals("/")) {
      return Optional.empty();
    }
    if (path.endsWith("/")) {
      return Optional.of("it ends with '/'");
    }
    Set<String> parameters = new HashSet<>();
    for (String segment : path.substring(1).split("/", -1)) {
      Optional<String> problem = segmentProblem(segment, parameters);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** The names of the parameters of a well-formed path, in order. */
  static List<String> parameters(String path) {
    List<String> names = new ArrayList<>();
    for (String segment : path.split("/")) {
      var parameter = PARAMETER.matcher(segment);
      if (parameter.matches()) {
        names.add(parameter.group(1));
      }
    }
    return names;
  }

  /** The path with every parameter name erased: two paths of one shape match the same requests. */
  static String shape(String path) {
    return PARAMETER.matcher(path).replaceAll("{}");
  }

  private static Optional<String> segmentProblem(String segment, Set<String> parameters) {
    if (segment.isEmpty()) {
      return Optional.of("it has an empty segment ('//')");
    }
    if (segment.equals(".") || segment.equals("..")) {
      return Optional.of("it has a '" + segment + "' segment");
    }
    var parameter = PARAMETER.matcher(segment);
    if (parameter.matches()) {
      return parameters.add(parameter.group(1))
          ? Optional.empty()
          : Optional.of("parameter {" + parameter.group(1) + "} appears twice");
    }
    return LITERAL.matcher(segment).matches()
        ? Optional.empty()
        : Optional.of("segment '" + segment + "' has a character outside letters, digits and -._~,"
            + " or a parameter that is not a whole segment named like a Java identifier");
  }
}
