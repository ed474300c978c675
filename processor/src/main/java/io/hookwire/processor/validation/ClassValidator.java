package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Checks that a {@code @Webhook} type is a class the generated receiver can instantiate and call. */
final class ClassValidator {

  private ClassValidator() {}

  /** Whether the type is a class at all; the other checks only make sense for one. */
  static boolean validate(Receiver receiver, Report report) {
    TypeElement type = receiver.element();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      report.print(type, receiver.annotation(), Message.NOT_A_CLASS);
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.print(type, Message.ABSTRACT_CLASS);
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      report.print(type, Message.INNER_CLASS);
    }
    if (isPrivate(type)) {
      report.print(type, Message.PRIVATE_CLASS);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.print(type, Message.GENERIC_CLASS);
    }
    return true;
  }

  /** Whether the element or any class it is nested in is private. */
  static boolean isPrivate(Element element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
