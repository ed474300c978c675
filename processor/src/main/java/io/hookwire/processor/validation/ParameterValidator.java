package io.hookwire.processor.validation;

import io.hookwire.processor.model.ParamAnnotation;
import io.hookwire.processor.model.Parameter;
import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.Role;
import io.hookwire.processor.model.TypeShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Checks that every parameter of an annotated method is one the generated code can bind. */
final class ParameterValidator {
  private final Receiver receiver;
  private final Report report;

  ParameterValidator(Receiver receiver, Report report) {
    this.receiver = receiver;
    this.report = report;
  }

  void validate(ReceiverMethod method) {
    if (method.role() == Role.IS_CONNECTED || method.role() == Role.CONNECT) {
      if (!method.parameters().isEmpty()) {
        report.print(method.element(), Message.TAKES_NO_PARAMETERS, method.role().annotation());
      }
      return;
    }
    Optional<Parameter> event = Optional.empty();
    for (Parameter parameter : method.parameters()) {
      if (parameter.annotations().size() > 1) {
        report.print(parameter.element(), Message.TWO_PARAMETER_ANNOTATIONS);
      } else if (parameter.annotations().size() == 1) {
        checkAnnotated(parameter, parameter.annotations().get(0));
      } else if (parameter.isEvent()) {
        checkEvent(method, parameter, event);
        event = event.or(() -> Optional.of(parameter));
      }
    }
  }

  private void checkAnnotated(Parameter parameter, ParamAnnotation annotation) {
    if (parameter.shape() != TypeShape.STRING && parameter.shape() != TypeShape.OPTIONAL_STRING) {
      report.print(parameter.element(), annotation.mirror(),
          Message.PARAMETER_ANNOTATION_TYPE, annotation.kind().annotation(), parameter.type());
    }
    if (annotation.value().isEmpty()) {
      report.print(parameter.element(), annotation.mirror(),
          Message.EMPTY_PARAMETER_NAME, annotation.kind().annotation(), annotation.kind().noun());
    } else if (annotation.kind() == ParamAnnotation.Kind.PATH_PARAM) {
      checkPathParam(parameter, annotation);
    }
  }

  private void checkPathParam(Parameter parameter, ParamAnnotation annotation) {
    String path = receiver.path();
    if (path.isEmpty() || PathSyntax.problem(path).isPresent()) {
      return;
    }
    List<String> names = PathSyntax.parameters(path);
    if (names.contains(annotation.value())) {
      return;
    }
    if (names.isEmpty()) {
      report.print(parameter.element(), annotation.mirror(), Message.PATH_HAS_NO_PARAMS, annotation.value(), path);
    } else {
      report.print(parameter.element(), annotation.mirror(), Message.UNKNOWN_PATH_PARAM, annotation.value(), path,
          names);
    }
  }

  private void checkEvent(ReceiverMethod method, Parameter parameter, Optional<Parameter> earlierEvent) {
    TypeShape shape = parameter.shape();
    if (method.role() == Role.HANDSHAKE) {
      report.print(parameter.element(), Message.EVENT_IN_HANDSHAKE, parameter.type());
    } else if (earlierEvent.isPresent()) {
      report.print(parameter.element(),
          Message.TWO_EVENT_PARAMETERS, earlierEvent.get().element().getSimpleName());
    } else if (shape == TypeShape.OPTIONAL_STRING || shape == TypeShape.OPTIONAL_OTHER) {
      report.print(parameter.element(), Message.OPTIONAL_EVENT, parameter.type());
    } else if (method.role() == Role.VERIFY && (shape == TypeShape.JSON_TREE || shape == TypeShape.TYPED)) {
      report.print(parameter.element(), Message.TYPED_EVENT_IN_VERIFY, parameter.type());
    } else if (shape == TypeShape.TYPED && mentionsPrivateType(parameter.type())) {
      report.print(parameter.element(), Message.INACCESSIBLE_EVENT, parameter.type());
    }
  }

  /** Whether generated code in the receiver's package could not name the type, or a type in it. */
  private static boolean mentionsPrivateType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return mentionsPrivateType(((ArrayType) type).getComponentType());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    return ClassValidator.isPrivate(declared.asElement())
        || declared.getTypeArguments().stream().anyMatch(ParameterValidator::mentionsPrivateType);
  }
}
