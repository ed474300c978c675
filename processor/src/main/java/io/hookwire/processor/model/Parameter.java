package io.hookwire.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One parameter of an annotated method, as written.
 *
 * @param element the parameter
 * @param shape the kind of its type
 * @param annotations its {@code @Header}, {@code @PathParam} and {@code @QueryParam}
 *     annotations; more than one is an error the validator reports
 */
public record Parameter(VariableElement element, TypeShape shape, List<ParamAnnotation> annotations) {

  /** The parameter's declared type. */
  public TypeMirror type() {
    return element.asType();
  }

  /** Its one parameter annotation, if it has exactly one. */
  public Optional<ParamAnnotation> annotation() {
    return annotations.size() == 1 ? Optional.of(annotations.get(0)) : Optional.empty();
  }

  /** Whether it carries no parameter annotation and is not the request: the event, or the body. */
  public boolean isEvent() {
    return annotations.isEmpty() && shape != TypeShape.REQUEST;
  }
}
