package io.hookwire.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.ReturnKind;
import io.hookwire.processor.model.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code dispatch}: a {@code switch} on the event type that calls the handler named for it,
 * else the catch-all, else acknowledges the delivery; and maps each handler's return value to the
 * answer. Writes {@code deferrable} alike, for receivers with a {@code void} handler: the same
 * {@code switch}, binding a {@code void} handler's parameters without calling it. An event type of
 * several parts is matched a prefix at a time, the longest first, so that the most specific
 * handler takes the delivery.
 */
final class DispatchWriter {
  private final Receiver receiver;
  private final EventReaders readers;

  DispatchWriter(Receiver receiver, EventReaders readers) {
    this.receiver = receiver;
    this.readers = readers;
  }

  MethodSpec dispatchMethod() {
    return MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.WEBHOOK_RESPONSE)
        .addParameter(RuntimeTypes.DELIVERY, "delivery")
        .addException(Exception.class)
        .addCode(body())
        .build();
  }

  /**
   * {@code deferrable}, for a receiver with at least one {@code void} handler: the others keep the
   * interface's default, {@code false}.
   */
  Optional<MethodSpec> deferrableMethod() {
    if (receiver.methods(Role.ON_EVENT).stream().noneMatch(handler -> handler.returnKind() == ReturnKind.VOID)) {
      return Optional.empty();
    }
    return Optional.of(MethodSpec.methodBuilder("deferrable")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(RuntimeTypes.DELIVERY, "delivery")
        .addException(Exception.class)
        .addCode(switchOnEventType(this::defer, this::deferFallback))
        .build());
  }

  private CodeBlock body() {
    return switchOnEventType(this::handle, this::fallback);
  }

  /** A {@code switch} on the event type: {@code branch} for each typed handler, else {@code fallback}. */
  private CodeBlock switchOnEventType(Function<ReceiverMethod, CodeBlock> branch, Supplier<CodeBlock> fallback) {
    List<ReceiverMethod> typed = receiver.methods(Role.ON_EVENT).stream().filter(m -> !m.isCatchAll()).toList();
    if (typed.isEmpty()) {
      return fallback.get();
    }
    return receiver.typeParts() > 1 ? byPrefix(typed, branch, fallback) : byWholeType(typed, branch, fallback);
  }

  private CodeBlock byWholeType(List<ReceiverMethod> typed, Function<ReceiverMethod, CodeBlock> branch,
      Supplier<CodeBlock> fallback) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", wholeType());
    for (ReceiverMethod handler : typed) {
      handler.eventTypes().forEach(type -> code.add("case $S:\n", type));
      code.indent().add(branch.apply(handler)).unindent();
    }
    code.add("default:\n").indent().add(fallback.get()).unindent();
    return code.endControlFlow().build();
  }

  private CodeBlock deferFallback() {
    return catchAll().map(this::defer).orElseGet(() -> CodeBlock.of("return false;\n"));
  }

  /**
   * Binds a {@code void} handler's parameters, so that input it cannot take is rejected before the
   * delivery is stored, and says it may be stored; any other handler runs at once.
   */
  private CodeBlock defer(ReceiverMethod handler) {
    if (handler.returnKind() != ReturnKind.VOID) {
      return CodeBlock.of("return false;\n");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    ParameterBindings.arguments(handler, readers).forEach(argument -> code.addStatement("$L", argument));
    return code.addStatement("return true").build();
  }

  private Optional<ReceiverMethod> catchAll() {
    return receiver.methods(Role.ON_EVENT).stream().filter(ReceiverMethod::isCatchAll).findFirst();
  }

  private CodeBlock wholeType() {
    return receiver.typeHeader().isEmpty()
        ? CodeBlock.of("delivery.eventTypeAt($N)", new TypePointerFields(receiver).names().get(0))
        : CodeBlock.of("delivery.eventTypeFromHeader($S)", receiver.typeHeader());
  }

  /** One {@code switch} per number of parts that handlers name, the most first. */
  private CodeBlock byPrefix(List<ReceiverMethod> typed, Function<ReceiverMethod, CodeBlock> branch,
      Supplier<CodeBlock> fallback) {
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("$T eventType = $L", RuntimeTypes.EVENT_TYPE, typeOfParts())
        .add("// The handler that names the most parts of the type takes the delivery.\n");
    for (int parts = receiver.typeParts(); parts > 0; parts--) {
      CodeBlock cases = casesOf(typed, parts, branch);
      if (!cases.isEmpty()) {
        code.beginControlFlow("switch (eventType.prefix($L))", parts).add(cases).endControlFlow();
      }
    }
    return code.add(fallback.get()).build();
  }

  private CodeBlock typeOfParts() {
    CodeBlock pointers = new TypePointerFields(receiver).names().stream()
        .map(name -> CodeBlock.of("$N", name))
        .collect(CodeBlock.joining(", "));
    return receiver.typeHeader().isEmpty()
        ? CodeBlock.of("delivery.eventType($L)", pointers)
        : CodeBlock.of("delivery.eventType($S, $L)", receiver.typeHeader(), pointers);
  }

  /** The cases of the handlers' types of exactly {@code parts} parts. */
  private CodeBlock casesOf(List<ReceiverMethod> typed, int parts, Function<ReceiverMethod, CodeBlock> branch) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (ReceiverMethod handler : typed) {
      List<String> types = handler.eventTypes().stream().filter(type -> partsOf(type) == parts).toList();
      if (!types.isEmpty()) {
        types.forEach(type -> code.add("case $S:\n", type));
        code.indent().add(branch.apply(handler)).unindent();
      }
    }
    return code.build();
  }

  private static int partsOf(String eventType) {
    return eventType.split("\\.", -1).length;
  }

  private CodeBlock fallback() {
    return catchAll().map(this::handle).orElseGet(() -> CodeBlock.builder()
        .add("// No handler for this event type: acknowledged and ignored.\n")
        .addStatement("return $T.ok()", RuntimeTypes.WEBHOOK_RESPONSE)
        .build());
  }

  /** Calls the handler and returns its answer. */
  private CodeBlock handle(ReceiverMethod handler) {
    return callAndAnswer(handler, readers);
  }

  /** Calls {@code method}, a handler or the handshake, and returns its value as the answer. */
  static CodeBlock callAndAnswer(ReceiverMethod method, EventReaders readers) {
    CodeBlock call = ParameterBindings.call(method, readers);
    return switch (method.returnKind()) {
      case VOID -> CodeBlock.builder()
          .addStatement("$L", call)
          .addStatement("return $T.ok()", RuntimeTypes.WEBHOOK_RESPONSE)
          .build();
      case STRING -> CodeBlock.builder().addStatement("return $T.text(200, $L)", RuntimeTypes.WEBHOOK_RESPONSE, call).build();
      case RESPONSE -> CodeBlock.builder().addStatement("return $L", call).build();
      case BOOLEAN, OTHER -> CodeBlock.builder().addStatement("return delivery.json($L)", call).build();
    };
  }
}
