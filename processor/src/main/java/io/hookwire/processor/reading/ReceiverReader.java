package io.hookwire.processor.reading;

import io.hookwire.processor.model.KnownTypes;
import io.hookwire.processor.model.ParamAnnotation;
import io.hookwire.processor.model.Parameter;
import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Webhook} class into a {@link Receiver}, faithfully and without judging it: what
 * is wrong with it is the validator's business.
 */
public final class ReceiverReader {

  /** The model of {@code type}, which carries {@code @Webhook}. */
  public Receiver read(TypeElement type) {
    AnnotationMirror webhook = Annotations.find(type, KnownTypes.WEBHOOK).orElseThrow();
    return new Receiver(
        type,
        webhook,
        Annotations.stringValue(webhook, "name"),
        Annotations.stringValue(webhook, "path"),
        Annotations.stringValue(webhook, "typeHeader"),
        Annotations.stringArrayValue(webhook, "typePointer"),
        Annotations.stringValue(webhook, "deliveryIdHeader"),
        Annotations.stringValue(webhook, "deliveryIdPointer"),
        Annotations.booleanValue(webhook, "deliveryIdSigned"),
        Annotations.longValue(webhook, "maxBodyBytes"),
        Annotations.intValue(webhook, "rejectStatus"),
        readMethods(type),
        hasDefaultConstructor(type));
  }

  private List<ReceiverMethod> readMethods(TypeElement type) {
    List<ReceiverMethod> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (Role role : Role.values()) {
        Annotations.find(method, KnownTypes.annotationOf(role))
            .ifPresent(annotation -> methods.add(readMethod(method, role, annotation)));
      }
    }
    return List.copyOf(methods);
  }

  private ReceiverMethod readMethod(ExecutableElement method, Role role, AnnotationMirror annotation) {
    List<String> eventTypes = role == Role.ON_EVENT ? Annotations.stringArrayValue(annotation, "value") : List.of();
    List<Parameter> parameters = method.getParameters().stream().map(this::readParameter).toList();
    return new ReceiverMethod(
        method, role, annotation, eventTypes, TypeClassifier.returnKindOf(method.getReturnType()), parameters);
  }

  private Parameter readParameter(VariableElement parameter) {
    List<ParamAnnotation> annotations = new ArrayList<>();
    for (ParamAnnotation.Kind kind : ParamAnnotation.Kind.values()) {
      paramAnnotation(parameter, kind).ifPresent(annotations::add);
    }
    return new Parameter(parameter, TypeClassifier.shapeOf(parameter.asType()), List.copyOf(annotations));
  }

  private static Optional<ParamAnnotation> paramAnnotation(VariableElement parameter, ParamAnnotation.Kind kind) {
    return Annotations.find(parameter, annotationName(kind))
        .map(mirror -> new ParamAnnotation(kind, Annotations.stringValue(mirror, "value"), mirror));
  }

  private static String annotationName(ParamAnnotation.Kind kind) {
    return switch (kind) {
      case HEADER -> KnownTypes.HEADER;
      case PATH_PARAM -> KnownTypes.PATH_PARAM;
      case QUERY_PARAM -> KnownTypes.QUERY_PARAM;
    };
  }

  private static boolean hasDefaultConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(constructor -> constructor.getParameters().isEmpty()
            && !constructor.getModifiers().contains(Modifier.PRIVATE));
  }
}
