package io.hookwire.it.core;

import io.hookwire.runtime.spi.WebhookRegistry;
import java.util.ServiceLoader;

/**
 * The registries the processor generated for the receivers of this module, found as the runtime
 * finds them. Their names hold a hash of the receivers they list, so tests look them up by receiver.
 */
final class GeneratedRegistries {
  private GeneratedRegistries() {}

  /** The generated registry that lists {@code receiverClass}. */
  static WebhookRegistry of(Class<?> receiverClass) {
    return ServiceLoader.load(WebhookRegistry.class, GeneratedRegistries.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .filter(registry -> registry.receivers().stream().anyMatch(definition -> definition.type() == receiverClass))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated registry lists " + receiverClass.getName()));
  }

  /** The name of the generated registry that lists {@code receiverClass}. */
  static String nameOf(Class<?> receiverClass) {
    return of(receiverClass).getClass().getName();
  }
}
