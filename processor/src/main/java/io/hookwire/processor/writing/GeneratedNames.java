package io.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;
import io.hookwire.processor.model.Receiver;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Names of generated classes, derived from the user's classes so that they never collide. */
public final class GeneratedNames {
  private static final String RECEIVER_SUFFIX = "_WebhookReceiver";

  private GeneratedNames() {}

  /** {@code com.acme.SlackReceiver_WebhookReceiver}; {@code Outer_Inner_WebhookReceiver} for a nested class. */
  public static ClassName receiverOf(Receiver receiver) {
    TypeElement type = receiver.element();
    return ClassName.get(packageOf(type), flatName(type) + RECEIVER_SUFFIX);
  }

  /** The package a type is declared in; empty for the unnamed package. */
  public static String packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static String flatName(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    String simpleName = type.getSimpleName().toString();
    return enclosing instanceof TypeElement outer ? flatName(outer) + "_" + simpleName : simpleName;
  }
}
