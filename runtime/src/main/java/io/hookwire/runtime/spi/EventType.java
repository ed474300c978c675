package io.hookwire.runtime.spi;

import java.util.List;

/**
 * A delivery's event type of several parts, such as GitHub's {@code issues.opened}: the parts
 * found, in order, up to the first absent one. Generated receivers match its prefixes against
 * their handlers, the longest first, so that the most specific handler takes the delivery. Not
 * for users.
 */
public final class EventType {
  private final List<String> parts;

  EventType(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * The first {@code count} parts joined with {@code .}, or an empty string, which no handler
   * names, when the type has fewer parts: {@code issues} does not match a handler of
   * {@code issues.opened}, and a part holding a {@code .} never passes for two parts.
   */
  public String prefix(int count) {
    return count > parts.size() ? "" : String.join(".", parts.subList(0, count));
  }

  /** The whole type, its parts joined with {@code .}; empty when there is none. */
  @Override
  public String toString() {
    return String.join(".", parts);
  }
}
