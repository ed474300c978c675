package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * One {@code @Webhook} instance as a run-time framework sees it after scanning its class: the
 * {@code @Verify} method, the handlers by event type and the catch-all, each with the binders of
 * its parameters worked out once. Only the calls themselves go through reflection.
 */
final class ReflectiveReceiver {
  private static final WebhookResponse FORBIDDEN = WebhookResponse.text(403, "Request verification failed.");
  private static final String NO_EVENT_TYPE = "";

  private final Object instance;
  private final String path;
  private final ObjectMapper mapper;
  private final JsonPointer typePointer;
  private final String typeHeader;
  private final ReflectiveInvocation verify;
  private final Map<String, ReflectiveInvocation> handlers;
  private final ReflectiveInvocation catchAll;

  private ReflectiveReceiver(Object instance, Webhook webhook, ObjectMapper mapper, ReflectiveInvocation verify,
      Map<String, ReflectiveInvocation> handlers, ReflectiveInvocation catchAll) {
    this.instance = instance;
    this.path = webhook.path();
    this.mapper = mapper;
    // The baseline reads a type of one part, as the receivers it is measured against do.
    this.typePointer = webhook.typePointer().length == 0 ? null : JsonPointer.compile(webhook.typePointer()[0]);
    this.typeHeader = webhook.typeHeader();
    this.verify = verify;
    this.handlers = Map.copyOf(handlers);
    this.catchAll = catchAll;
  }

  /** Scans the class of {@code instance}; fails when it is not a well-formed receiver. */
  static ReflectiveReceiver scan(Object instance, ObjectMapper mapper) {
    Class<?> type = instance.getClass();
    Webhook webhook = type.getAnnotation(Webhook.class);
    if (webhook == null) {
      throw new IllegalArgumentException(type.getName() + " is not annotated @Webhook");
    }
    ReflectiveInvocation verify = null;
    ReflectiveInvocation catchAll = null;
    Map<String, ReflectiveInvocation> handlers = new HashMap<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Verify.class)) {
        verify = ReflectiveInvocation.of(method, mapper);
      }
      OnEvent onEvent = method.getAnnotation(OnEvent.class);
      if (onEvent != null && onEvent.value().length == 0) {
        catchAll = ReflectiveInvocation.of(method, mapper);
      } else if (onEvent != null) {
        ReflectiveInvocation handler = ReflectiveInvocation.of(method, mapper);
        for (String eventType : onEvent.value()) {
          handlers.put(eventType, handler);
        }
      }
    }
    if (verify == null) {
      throw new IllegalArgumentException(type.getName() + " has no @Verify method");
    }
    return new ReflectiveReceiver(instance, webhook, mapper, verify, handlers, catchAll);
  }

  String path() {
    return path;
  }

  /** Verifies, then dispatches; answers as Hookwire's pipeline does. */
  WebhookResponse handle(WebhookRequest request) {
    ReflectiveDelivery delivery = new ReflectiveDelivery(request, mapper);
    try {
      if (Boolean.FALSE.equals(verify.invoke(instance, delivery))) {
        return FORBIDDEN;
      }
    } catch (Exception e) {
      return FORBIDDEN;
    }
    try {
      ReflectiveInvocation handler = handlers.getOrDefault(eventType(delivery), catchAll);
      return handler == null ? WebhookResponse.ok() : answer(handler.invoke(instance, delivery));
    } catch (ReflectiveDelivery.Rejected e) {
      return WebhookResponse.text(e.status(), "Rejected.");
    } catch (Exception e) {
      return WebhookResponse.text(500, "Internal server error.");
    }
  }

  private String eventType(ReflectiveDelivery delivery) {
    if (typePointer != null) {
      JsonNode type = delivery.tree().at(typePointer);
      return type.isValueNode() && !type.isNull() ? type.asText() : NO_EVENT_TYPE;
    }
    return typeHeader.isEmpty() ? NO_EVENT_TYPE : delivery.request().header(typeHeader).orElse(NO_EVENT_TYPE);
  }

  private WebhookResponse answer(Object result) throws Exception {
    if (result == null) {
      return WebhookResponse.ok();
    }
    if (result instanceof WebhookResponse response) {
      return response;
    }
    if (result instanceof String text) {
      return WebhookResponse.text(200, text);
    }
    return WebhookResponse.of(200, WebhookResponse.APPLICATION_JSON, mapper.writeValueAsString(result));
  }
}
