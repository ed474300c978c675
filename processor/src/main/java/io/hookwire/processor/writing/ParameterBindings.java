package io.hookwire.processor.writing;

import com.palantir.javapoet.CodeBlock;
import io.hookwire.processor.model.ParamAnnotation;
import io.hookwire.processor.model.Parameter;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.TypeShape;
import java.util.List;

/** The expressions that bind each parameter of a user's method from the {@code delivery}. */
final class ParameterBindings {

  private ParameterBindings() {}

  /** The call of {@code method} on the user's receiver, with every argument bound. */
  static CodeBlock call(ReceiverMethod method, EventReaders readers) {
    return CodeBlock.of("receiver.$N($L)", method.name(), CodeBlock.join(arguments(method, readers), ", "));
  }

  /** The expression that binds each argument of {@code method}, in order. */
  static List<CodeBlock> arguments(ReceiverMethod method, EventReaders readers) {
    return method.parameters().stream()
        .map(parameter -> argument(method, parameter, readers))
        .toList();
  }

  private static CodeBlock argument(ReceiverMethod method, Parameter parameter, EventReaders readers) {
    if (parameter.shape() == TypeShape.REQUEST && parameter.annotations().isEmpty()) {
      return CodeBlock.of("delivery.request()");
    }
    return parameter.annotation()
        .map(annotation -> annotated(annotation, parameter.shape() == TypeShape.OPTIONAL_STRING))
        .orElseGet(() -> event(method, parameter, readers));
  }

  private static CodeBlock annotated(ParamAnnotation annotation, boolean optional) {
    String accessor = switch (annotation.kind()) {
      case HEADER -> optional ? "optionalHeader" : "header";
      case PATH_PARAM -> optional ? "optionalPathParam" : "pathParam";
      case QUERY_PARAM -> optional ? "optionalQueryParam" : "queryParam";
    };
    return CodeBlock.of("delivery.$N($S)", accessor, annotation.value());
  }

  private static CodeBlock event(ReceiverMethod method, Parameter parameter, EventReaders readers) {
    return switch (parameter.shape()) {
      case STRING -> CodeBlock.of("delivery.bodyString()");
      case BYTES -> CodeBlock.of("delivery.bodyBytes()");
      case JSON_TREE -> CodeBlock.of("delivery.tree()");
      case TYPED -> CodeBlock.of("delivery.bind($N())", readers.accessorFor(method));
      default -> throw new IllegalStateException("Unbindable parameter passed validation: " + parameter);
    };
  }
}
