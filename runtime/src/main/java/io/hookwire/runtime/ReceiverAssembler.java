package io.hookwire.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.spi.ReceiverDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the definitions the registries hold into receivers ready to serve: compiles each path under
 * the base path, checks the configuration, makes an instance of each user class and wraps it in its
 * generated receiver. Every configuration error is an {@link IllegalStateException} whose message
 * says what to change.
 */
final class ReceiverAssembler {
  private final String basePath;
  private final ObjectMapper mapper;
  private final ReceiverSources sources;
  private final long defaultMaxBodyBytes;

  ReceiverAssembler(String basePath, ObjectMapper mapper, ReceiverSources sources, long defaultMaxBodyBytes) {
    this.basePath = basePath;
    this.mapper = withLazyDeserializers(mapper);
    this.sources = sources;
    this.defaultMaxBodyBytes = defaultMaxBodyBytes;
  }

  /**
   * The receivers of {@code definitions}, in their order. {@code known} holds every receiver the
   * registries define, those {@code only()} left out included: an instance given for one of them
   * is not used, while one for a class no registry knows is an error.
   */
  List<ReceiverRoute> assemble(List<ReceiverDefinition<?>> definitions, List<ReceiverDefinition<?>> known) {
    // Check everything that needs no instance first: constructors may have side effects.
    Map<ReceiverDefinition<?>, PathTemplate> paths = new LinkedHashMap<>();
    definitions.forEach(definition -> paths.put(definition, compilePath(definition)));
    DuplicateCheck.rejectDuplicates(paths);
    Map<Class<?>, Supplier<?>> given = sources.byReceiverClass(types(known));
    List<ReceiverRoute> routes = new ArrayList<>();
    paths.forEach((definition, path) -> {
      Object instance = instantiate(definition, given.get(definition.type()));
      long maxBodyBytes = definition.maxBodyBytes().orElse(defaultMaxBodyBytes);
      routes.add(new ReceiverRoute(
          definition.name(), definition.type(), path, definition.wrap(instance, mapper), maxBodyBytes,
          definition.rejectStatus()));
    });
    return List.copyOf(routes);
  }

  /**
   * The mapper the generated receivers build their readers with: a copy that finds each event
   * type's deserializer on the type's first delivery instead of when the reader is made. Building
   * deserializers eagerly was most of the start-up time of an application with many receivers, and
   * Jackson caches them, so each delivery after the first pays one cache look-up.
   */
  private static ObjectMapper withLazyDeserializers(ObjectMapper mapper) {
    try {
      return mapper.copy().disable(DeserializationFeature.EAGER_DESERIALIZER_FETCH);
    } catch (IllegalStateException e) {
      // A subclass of ObjectMapper that cannot be copied keeps its eager readers.
      return mapper;
    }
  }

  private PathTemplate compilePath(ReceiverDefinition<?> definition) {
    try {
      return PathTemplate.compile(basePath + definition.path());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("The receiver " + definition.name() + " (" + definition.type().getName()
          + ") has a malformed path: " + e.getMessage() + "; rebuild it with the current hookwire-processor", e);
    }
  }

  private static Set<Class<?>> types(List<ReceiverDefinition<?>> definitions) {
    return definitions.stream().map(ReceiverDefinition::type).collect(Collectors.toSet());
  }

  private static Object instantiate(ReceiverDefinition<?> definition, Supplier<?> given) {
    Supplier<?> source = given != null ? given : definition.defaultConstructor()
        .orElseThrow(() -> noConstructor(definition.type()));
    Object instance;
    try {
      instance = source.get();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Could not create the receiver " + definition.type().getName()
          + ": " + Failures.describe(e), e);
    }
    if (instance == null) {
      throw new IllegalStateException("The factory for " + definition.type().getName() + " returned null");
    }
    return instance;
  }

  private static IllegalStateException noConstructor(Class<?> type) {
    String name = type.getSimpleName();
    return new IllegalStateException("The receiver " + type.getName()
        + " has no constructor without parameters: pass an instance with Hookwire.builder().instance(new "
        + name + "(...)) or a factory with .factory(" + name + ".class, ...)");
  }
}
