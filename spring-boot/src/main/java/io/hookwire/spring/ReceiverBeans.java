package io.hookwire.spring;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.WebhookRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The application's receivers, as Spring knows them: each class the processor generated a receiver
 * for, served with the bean of that class when there is one, so that its constructor gets its
 * dependencies injected as any bean's does, and otherwise made with its constructor without
 * parameters, as outside Spring.
 */
final class ReceiverBeans {
  private final List<ReceiverDefinition<?>> definitions;

  private ReceiverBeans(List<ReceiverDefinition<?>> definitions) {
    this.definitions = definitions;
  }

  /** The receivers of every registry {@code classLoader} finds, each class once. */
  static ReceiverBeans find(ClassLoader classLoader) {
    Map<Class<?>, ReceiverDefinition<?>> byType = new LinkedHashMap<>();
    ServiceLoader.load(WebhookRegistry.class, classLoader).forEach(registry ->
        registry.receivers().forEach(definition -> byType.putIfAbsent(definition.type(), definition)));
    return new ReceiverBeans(List.copyOf(byType.values()));
  }

  /** The receivers' paths as {@code @Webhook(path)} gives them, without the base path. */
  List<String> paths() {
    List<String> paths = new ArrayList<>();
    definitions.forEach(definition -> paths.add(definition.path()));
    return paths;
  }

  /**
   * Gives {@code builder} the bean of each receiver class that has one.
   *
   * @throws IllegalStateException for a receiver class with several beans and none of them
   *     {@code @Primary}, or with neither a bean nor a constructor without parameters
   */
  void addTo(Hookwire.Builder builder, ListableBeanFactory beans) {
    for (ReceiverDefinition<?> definition : definitions) {
      Class<?> type = definition.type();
      String[] names = beans.getBeanNamesForType(type);
      if (names.length == 0) {
        requireConstructor(definition);
        continue;
      }
      Object bean = beans.getBeanProvider(type).getIfUnique();
      if (bean == null) {
        throw new IllegalStateException("The webhook receiver " + type.getName() + " has " + names.length
            + " beans (" + String.join(", ", names) + "): mark the one to serve @Primary");
      }
      builder.instance(bean);
    }
  }

  private static void requireConstructor(ReceiverDefinition<?> definition) {
    if (definition.defaultConstructor().isEmpty()) {
      throw new IllegalStateException("The webhook receiver " + definition.type().getName()
          + " is no bean and has no constructor without parameters: annotate it @Component, or declare"
          + " a @Bean of it, so that Spring makes it with its dependencies");
    }
  }
}
