package io.hookwire.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * An annotated method of a receiver.
 *
 * @param element the method
 * @param role what its annotation makes it
 * @param annotation the annotation as written, for diagnostics
 * @param eventTypes for {@code @OnEvent}, the event types it names; empty for the catch-all and
 *     for the other roles
 * @param returnKind what it returns
 * @param parameters its parameters, in order
 */
public record ReceiverMethod(
    ExecutableElement element,
    Role role,
    AnnotationMirror annotation,
    List<String> eventTypes,
    ReturnKind returnKind,
    List<Parameter> parameters) {

  /** The method's simple name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** Whether it is the {@code @OnEvent} method without event types. */
  public boolean isCatchAll() {
    return role == Role.ON_EVENT && eventTypes.isEmpty();
  }

  /** Its event parameter, if it has one. */
  public Optional<Parameter> eventParameter() {
    return parameters.stream().filter(Parameter::isEvent).findFirst();
  }
}
