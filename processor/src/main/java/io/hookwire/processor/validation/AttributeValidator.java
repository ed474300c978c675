package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.reading.Annotations;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks the values of a class's {@code @Webhook}: path, name, where the event type and delivery
 * id are, the body limit and the status of a failed verification.
 */
final class AttributeValidator {
  /** The largest body the runtime can hold: one byte array. */
  private static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;

  private final Receiver receiver;
  private final Report report;

  private AttributeValidator(Receiver receiver, Report report) {
    this.receiver = receiver;
    this.report = report;
  }

  static void validate(Receiver receiver, Report report) {
    AttributeValidator validator = new AttributeValidator(receiver, report);
    validator.checkPath();
    validator.checkName();
    validator.checkEventTypeSource();
    validator.checkDeliveryIdSource();
    validator.checkMaxBodyBytes();
    validator.checkRejectStatus();
  }

  private void checkPath() {
    String path = receiver.path();
    if (path.isEmpty()) {
      print("path", Message.EMPTY_PATH);
    } else {
      PathSyntax.problem(path).ifPresent(problem -> print("path", Message.MALFORMED_PATH, path, problem));
    }
  }

  private void checkName() {
    String name = receiver.name();
    if (name.isEmpty()) {
      print("name", Message.EMPTY_NAME);
    } else if (!AttributeSyntax.isName(name)) {
      print("name", Message.MALFORMED_NAME, name);
    }
  }

  private void checkEventTypeSource() {
    String header = receiver.typeHeader();
    if (!header.isEmpty() && !AttributeSyntax.isHeaderName(header)) {
      print("typeHeader", Message.MALFORMED_TYPE_HEADER, header);
    }
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : Annotations.arrayElements(receiver.annotation(), "typePointer")) {
      String pointer = String.valueOf(value.getValue());
      if (pointer.isEmpty()) {
        print(value, Message.EMPTY_TYPE_POINTER);
      } else if (!seen.add(pointer)) {
        print(value, Message.DUPLICATE_TYPE_POINTER, pointer);
      } else {
        AttributeSyntax.pointerProblem(pointer).ifPresent(problem ->
            print(value, Message.INVALID_POINTER, "typePointer", pointer, problem));
      }
    }
  }

  private void checkDeliveryIdSource() {
    String header = receiver.deliveryIdHeader();
    String pointer = receiver.deliveryIdPointer();
    if (!header.isEmpty() && !pointer.isEmpty()) {
      print("deliveryIdPointer", Message.DELIVERY_ID_HEADER_AND_POINTER);
    }
    if (!header.isEmpty() && !AttributeSyntax.isHeaderName(header)) {
      print("deliveryIdHeader", Message.MALFORMED_DELIVERY_ID_HEADER, header);
    }
    checkPointer("deliveryIdPointer", pointer);
    if (receiver.deliveryIdSigned() && header.isEmpty()) {
      print("deliveryIdSigned", Message.DELIVERY_ID_SIGNED_WITHOUT_HEADER);
    }
  }

  private void checkPointer(String attribute, String pointer) {
    if (!pointer.isEmpty()) {
      AttributeSyntax.pointerProblem(pointer).ifPresent(problem ->
          print(attribute, Message.INVALID_POINTER, attribute, pointer, problem));
    }
  }

  private void checkMaxBodyBytes() {
    if (receiver.maxBodyBytes() > MAX_BODY_BYTES) {
      print("maxBodyBytes", Message.MAX_BODY_TOO_LARGE, receiver.maxBodyBytes(), MAX_BODY_BYTES);
    }
  }

  // Both mean "not authenticated"; another status would tell the sender something untrue, and
  // the runtime refuses it too, so the mistake is caught here rather than at start-up.
  private void checkRejectStatus() {
    int status = receiver.rejectStatus();
    if (status != 401 && status != 403) {
      print("rejectStatus", Message.INVALID_REJECT_STATUS, status);
    }
  }

  /** A message on one value as written, such as one of several pointers. */
  private void print(AnnotationValue value, Message message, Object... args) {
    report.print(receiver.element(), receiver.annotation(), value, message, args);
  }

  /** A message on the attribute's value as written, or on the annotation when it was not written. */
  private void print(String attribute, Message message, Object... args) {
    Annotations.explicitValue(receiver.annotation(), attribute).ifPresentOrElse(
        value -> print(value, message, args),
        () -> report.print(receiver.element(), receiver.annotation(), message, args));
  }
}
