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
        catchAll.ifPresent(first -> report.print(method.element(), method.annotation(),
            Message.TWO_CATCH_ALLS, first.name()));
        catchAll = catchAll.or(() -> Optional.of(method));
        continue;
      }
      if (!hasTypeSource) {
        report.print(method.element(), method.annotation(), Message.EVENT_TYPES_WITHOUT_SOURCE);
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
        report.print(method.element(), method.annotation(), value, Message.EMPTY_EVENT_TYPE);
      } else if (earlier != null) {
        report.print(method.element(), method.annotation(), value,
            Message.DUPLICATE_EVENT_TYPE, eventType, earlier.name());
      } else if (receiver.typeParts() > 1) {
        checkParts(receiver, method, value, eventType, report);
      }
    }
  }

  /**
   * Checks the parts of a handler's type, when the receiver reads several: a type of one part is
   * matched whole, dots included, as Stripe's {@code payment_intent.succeeded} is.
   */
  private static void checkParts(
      Receiver receiver, ReceiverMethod method, AnnotationValue value, String eventType, Report report) {
    String[] parts = eventType.split("\\.", -1);
    if (Arrays.asList(parts).contains("")) {
      report.print(method.element(), method.annotation(), value, Message.EMPTY_EVENT_TYPE_PART, eventType);
    } else if (parts.length > receiver.typeParts()) {
      report.print(method.element(), method.annotation(), value, Message.TOO_MANY_EVENT_TYPE_PARTS,
          eventType, parts.length, receiver.typeParts(), typeSources(receiver), receiver.typeParts());
    }
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
