package io.hookwire.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints messages, each on the element at fault, with the kind the message carries, and remembers
 * whether any was an error, so a class with errors is skipped while the others still generate.
 *
 * <p>The element and the annotation come before the message, so the arguments that fill the
 * message's slots are always the last ones and never taken for a place to report on.
 */
public final class Report {
  private final Messager messager;
  private int errors;

  /** A report that prints to {@code messager}. */
  public Report(Messager messager) {
    this.messager = messager;
  }

  /** A message about the compilation as a whole, such as an option, on no element. */
  public void print(Message message, Object... args) {
    print(null, null, null, message, args);
  }

  /** A message on an element. */
  public void print(Element element, Message message, Object... args) {
    print(element, null, null, message, args);
  }

  /** A message on an annotation of an element. */
  public void print(Element element, AnnotationMirror annotation, Message message, Object... args) {
    print(element, annotation, null, message, args);
  }

  /** A message on one value of an annotation of an element. */
  public void print(
      Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  /** Whether any error was printed. */
  public boolean hasErrors() {
    return errors > 0;
  }
}
