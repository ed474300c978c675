package io.hookwire.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the instances of the user's receiver classes come from: an instance the application gave,
 * a factory it gave, or else the class's constructor without parameters. An instance of a
 * subclass, such as a test double, stands for the nearest {@code @Webhook} class above it.
 */
final class ReceiverSources {
  private final Map<Class<?>, Supplier<?>> given = new LinkedHashMap<>();

  /** Adds an instance for its class. */
  void instance(Object receiver) {
    add(receiver.getClass(), () -> receiver);
  }

  /** Adds a factory for {@code type}. */
  void factory(Class<?> type, Supplier<?> factory) {
    add(type, factory);
  }

  private void add(Class<?> type, Supplier<?> source) {
    if (given.putIfAbsent(type, source) != null) {
      throw new IllegalArgumentException("An instance or factory of " + type.getName()
          + " was given already: give one per receiver class");
    }
  }

  /**
   * The sources given, by the {@code @Webhook} class each stands for.
   *
   * @throws IllegalStateException if a source is for a class that no registry knows, or two stand
   *     for one class
   */
  Map<Class<?>, Supplier<?>> byReceiverClass(Set<Class<?>> receiverClasses) {
    Map<Class<?>, Supplier<?>> resolved = new LinkedHashMap<>();
    given.forEach((type, source) -> {
      Class<?> receiverClass = nearestReceiverClass(type, receiverClasses);
      if (resolved.putIfAbsent(receiverClass, source) != null) {
        throw new IllegalStateException("Two instances or factories were given for the receiver "
            + receiverClass.getName() + ", one of them for " + type.getName() + ": give one");
      }
    });
    return resolved;
  }

  private static Class<?> nearestReceiverClass(Class<?> type, Set<Class<?>> receiverClasses) {
    for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
      if (receiverClasses.contains(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No webhook registry knows " + type.getName()
        + ", given to Hookwire.builder(): is the class annotated @Webhook, and is hookwire-processor"
        + " on the annotation processor path?");
  }
}
