package io.hookwire.processor.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** The grammars of {@code @Webhook(name)}, {@code typeHeader} and {@code typePointer}. */
final class AttributeSyntax {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
  /** RFC 9110's token, the grammar of a header name. */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private AttributeSyntax() {}

  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  static boolean isHeaderName(String header) {
    return HEADER_NAME.matcher(header).matches();
  }

  /**
   * What is wrong with a non-empty JSON Pointer (RFC 6901), if anything: it must start with
   * {@code /}, and {@code ~} may only begin the escapes {@code ~0} and {@code ~1}.
   */
  static Optional<String> pointerProblem(String pointer) {
    if (!pointer.startsWith("/")) {
      return Optional.of("it does not start with '/'");
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~' && !isEscape(pointer, i)) {
        return Optional.of("'~' at index " + i + " is not followed by 0 or 1");
      }
    }
    return Optional.empty();
  }

  private static boolean isEscape(String pointer, int tilde) {
    return tilde + 1 < pointer.length() && (pointer.charAt(tilde + 1) == '0' || pointer.charAt(tilde + 1) == '1');
  }
}
