package io.hookwire.processor.validation;

import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.ReturnKind;
import io.hookwire.processor.model.Role;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/** Checks one annotated method's modifiers and return type: whether generated code can call it. */
final class MethodValidator {

  private MethodValidator() {}

  static void validate(ReceiverMethod method, Report report) {
    checkModifiers(method, report);
    checkReturnType(method, report);
  }

  private static void checkModifiers(ReceiverMethod method, Report report) {
    ExecutableElement element = method.element();
    Set<Modifier> modifiers = element.getModifiers();
    String annotation = method.role().annotation();
    if (modifiers.contains(Modifier.PRIVATE)) {
      report.print(element, Message.PRIVATE_METHOD, annotation);
    }
    if (modifiers.contains(Modifier.STATIC)) {
      report.print(element, Message.STATIC_METHOD, annotation);
    }
    if (modifiers.contains(Modifier.ABSTRACT)) {
      report.print(element, Message.ABSTRACT_METHOD, annotation);
    }
    if (!element.getTypeParameters().isEmpty()) {
      report.print(element, Message.GENERIC_METHOD, annotation);
    }
  }

  private static void checkReturnType(ReceiverMethod method, Report report) {
    String returned = method.element().getReturnType().toString();
    ReturnKind kind = method.returnKind();
    if (method.role() == Role.VERIFY && kind != ReturnKind.VOID && kind != ReturnKind.BOOLEAN) {
      report.print(method.element(), Message.VERIFY_RETURN, returned);
    } else if (method.role() == Role.IS_CONNECTED && kind != ReturnKind.BOOLEAN) {
      report.print(method.element(), Message.IS_CONNECTED_RETURN, returned);
    } else if (method.role() == Role.CONNECT && kind != ReturnKind.VOID) {
      report.print(method.element(), Message.CONNECT_RETURN, returned);
    } else if (method.role() == Role.HANDSHAKE && kind == ReturnKind.VOID) {
      report.print(method.element(), Message.HANDSHAKE_RETURN);
    }
  }
}
