package io.hookwire.spring;

import io.hookwire.runtime.Hookwire;

/**
 * Changes the {@link Hookwire.Builder} the starter configured, just before it builds: declare a bean
 * of this type for a setting the {@code hookwire.*} properties do not cover, such as
 * {@link Hookwire.Builder#minBodyRate} or {@link Hookwire.Builder#maxConcurrentBodyReads}.
 * Customizers run in their {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface HookwireBuilderCustomizer {
  /** Changes {@code builder}. */
  void customize(Hookwire.Builder builder);
}
