package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.Role;
import io.hookwire.processor.reading.Annotations;
import java.util.HashMap;
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
    boolean hasTypeSource = !receiver.typeHeader().isEmpty() || !receiver.typePointer().isEmpty();
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
      checkEventTypes(method, handlers, report);
    }
  }

  private static void checkEventTypes(ReceiverMethod method, Map<String, ReceiverMethod> handlers, Report report) {
    for (AnnotationValue value : Annotations.arrayElements(method.annotation(), "value")) {
      String eventType = String.valueOf(value.getValue());
      ReceiverMethod earlier = handlers.putIfAbsent(eventType, method);
      if (eventType.isEmpty()) {
        report.error(method.element(), method.annotation(), value, Messages.EMPTY_EVENT_TYPE);
      } else if (earlier != null) {
        report.error(method.element(), method.annotation(), value,
            String.format(Messages.DUPLICATE_EVENT_TYPE, eventType, earlier.name()));
      }
    }
  }
}
