package io.hookwire.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports the errors found in one class, each on the element at fault, and remembers whether
 * there were any, so the class is skipped while the others still generate.
 */
public final class Report {
  private final Messager messager;
  private int errors;

  /** A report that prints to {@code messager}. */
  public Report(Messager messager) {
    this.messager = messager;
  }

  /** An error on an element. */
  public void error(Element element, String message) {
    print(message, element, null, null);
  }

  /** An error on an annotation of an element. */
  public void error(Element element, AnnotationMirror annotation, String message) {
    print(message, element, annotation, null);
  }

  /** An error on one value of an annotation of an element. */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    print(message, element, annotation, value);
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  private void print(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }
}
