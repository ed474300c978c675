package io.hookwire.example.blog;

/** Picks the name to show for an author or a channel from the names a provider may send. */
public final class Names {
  private Names() {}

  /** The first candidate that is neither {@code null} nor blank; the last one when all are. */
  public static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return candidates[candidates.length - 1];
  }
}
