package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.Header;
import io.hookwire.PathParam;
import io.hookwire.QueryParam;
import io.hookwire.runtime.WebhookRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One annotated method with a binder per parameter, resolved when the class is scanned, as a
 * run-time framework caches them. Each call fills a fresh argument array and goes through
 * {@link Method#invoke}.
 */
final class ReflectiveInvocation {
  /** Produces one argument from the delivery. */
  @FunctionalInterface
  private interface Binder {
    Object bind(ReflectiveDelivery delivery) throws Exception;
  }

  private final Method method;
  private final Binder[] binders;

  private ReflectiveInvocation(Method method, Binder[] binders) {
    this.method = method;
    this.binders = binders;
  }

  static ReflectiveInvocation of(Method method, ObjectMapper mapper) {
    // Frameworks switch the access check off once; it makes every call cheaper.
    method.trySetAccessible();
    Parameter[] parameters = method.getParameters();
    Binder[] binders = new Binder[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      binders[i] = binderFor(parameters[i], mapper);
    }
    return new ReflectiveInvocation(method, binders);
  }

  /** Binds every argument and calls the method; rethrows what the method threw. */
  Object invoke(Object target, ReflectiveDelivery delivery) throws Exception {
    Object[] arguments = new Object[binders.length];
    for (int i = 0; i < binders.length; i++) {
      arguments[i] = binders[i].bind(delivery);
    }
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Binder binderFor(Parameter parameter, ObjectMapper mapper) {
    Class<?> type = parameter.getType();
    boolean optional = type == Optional.class;
    if (parameter.isAnnotationPresent(Header.class)) {
      return named(parameter.getAnnotation(Header.class).value(), optional, WebhookRequest::header);
    }
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return named(parameter.getAnnotation(PathParam.class).value(), optional, WebhookRequest::pathParam);
    }
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return named(parameter.getAnnotation(QueryParam.class).value(), optional, WebhookRequest::queryParam);
    }
    if (type == WebhookRequest.class) {
      return ReflectiveDelivery::request;
    }
    if (type == String.class) {
      return delivery -> delivery.request().bodyString();
    }
    if (type == byte[].class) {
      return delivery -> delivery.request().bodyBytes();
    }
    if (type == JsonNode.class) {
      return ReflectiveDelivery::tree;
    }
    ObjectReader reader = mapper.readerFor(mapper.constructType(parameter.getParameterizedType()));
    return delivery -> delivery.bind(reader);
  }

  private static Binder named(String name, boolean optional,
      BiFunction<WebhookRequest, String, Optional<String>> lookup) {
    if (optional) {
      return delivery -> lookup.apply(delivery.request(), name);
    }
    return delivery -> lookup.apply(delivery.request(), name)
        .orElseThrow(() -> new ReflectiveDelivery.Rejected(400, "missing " + name));
  }
}
