package io.hookwire.runtime;

import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.WebhookRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Collects the receivers of every registry: those the application gave and those
 * {@link ServiceLoader} finds. One registry class is counted once, however it was found, since a
 * jar on the class path twice, or a registry both given and discovered, must not make its
 * receivers clash with themselves.
 */
final class Registries {
  private static final String SERVICES_FILE = "META-INF/services/" + WebhookRegistry.class.getName();

  private Registries() {}

  /** The receivers of {@code given} and of the registries {@code loader} finds, in that order. */
  static List<ReceiverDefinition<?>> receivers(List<WebhookRegistry> given, ClassLoader loader) {
    Map<Class<?>, WebhookRegistry> registries = new LinkedHashMap<>();
    given.forEach(registry -> registries.putIfAbsent(registry.getClass(), registry));
    try {
      ServiceLoader.load(WebhookRegistry.class, loader).stream()
          .filter(provider -> !registries.containsKey(provider.type()))
          .forEach(provider -> registries.put(provider.type(), provider.get()));
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("A webhook registry listed in " + SERVICES_FILE
          + " cannot be loaded; rebuild the module that holds it: " + e.getMessage(), e);
    }
    return registries.values().stream().flatMap(registry -> registry.receivers().stream()).toList();
  }
}
