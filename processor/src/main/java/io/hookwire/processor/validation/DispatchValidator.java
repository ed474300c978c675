package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.Role;
import io.hookwire.processor.reading.Annotations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks that every delivery has at most one handler: event types are named once, there is at
 * most one catch-all, and the receiver says where to read the event type when handlers name one.
 */
final class DispatchValidator {

  private DispatchValidator() {}

  static void validate(Receiver receiver, Report report) {
    boolean hasTypeSource = receiver.typeParts() > 0;
    Map<String, ReceiverMethod> handlers = new HashMap<>();
    Optional<ReceiverMethod> catchAll = Optional.empty();
    for (ReceiverMethod method : receiver.methods(Role.ON_EVENT)) {
      if (method.isCatchAll()) {
        catchAll.ifPresent(first -> report.error(method.element(), method.annotation(),
            String.format(Messages.TWO_CATCH_ALLS, first.name())));
        catchAll = catchAll.or(() -> Optional.of(method));
        continue;
      }
      if (!hasTypeSource) {
        report.error(method.element(), method.annotation(), Messages.EVENT_TYPES_WITHOUT_SOURCE);
      }
      checkEventTypes(receiver, method, handlers, report);
    }
  }

  private static void checkEventTypes(
      Receiver receiver, ReceiverMethod method, Map<String, ReceiverMethod> handlers, Report report) {
    for (AnnotationValue value : Annotations.arrayElements(method.annotation(), "value")) {
      String eventType = String.valueOf(value.getValue());
      ReceiverMethod earlier = handlers.putIfAbsent(eventType, method);
      if (eventType.isEmpty()) {
        report.error(method.element(), method.annotation(), value, Messages.EMPTY_EVENT_TYPE);
      } else if (earlier != null) {
        report.error(method.element(), method.annotation(), value,
            String.format(Messages.DUPLICATE_EVENT_TYPE, eventType, earlier.name()));
      } else if (receiver.typeParts() > 1) {
        partsProblem(receiver, eventType)
            .ifPresent(message -> report.error(method.element(), method.annotation(), value, message));
      }
    }
  }

  /**
   * What is wrong with the parts of a handler's type, when the receiver reads several: a type of
   * one part is matched whole, dots included, as Stripe's {@code payment_intent.succeeded} is.
   */
  private static Optional<String> partsProblem(Receiver receiver, String eventType) {
    String[] parts = eventType.split("\\.", -1);
    if (Arrays.asList(parts).contains("")) {
      return Optional.of(String.format(Messages.EMPTY_EVENT_TYPE_PART, eventType));
    }
    if (parts.length > receiver.typeParts()) {
      return Optional.of(String.format(Messages.TOO_MANY_EVENT_TYPE_PARTS, eventType, parts.length,
          receiver.typeParts(), typeSources(receiver), receiver.typeParts()));
    }
    return Optional.empty();
  }

  /** Where the parts are read, in order: {@code X-GitHub-Event, /action}. */
  private static String typeSources(Receiver receiver) {
    List<String> sources = new ArrayList<>();
    if (!receiver.typeHeader().isEmpty()) {
      sources.add(receiver.typeHeader());
    }
    sources.addAll(receiver.typePointers());
    return String.join(", ", sources);
  }
}
