package io.hookwire.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.hookwire.processor.model.Receiver;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the route registry of a compilation: the list the runtime finds with {@code ServiceLoader}. */
public final class RegistryWriter {
  private final ClassName name;
  private final List<Receiver> receivers;
  private final Optional<AnnotationSpec> generatedAnnotation;

  /** A writer of registry {@code name} listing {@code receivers}. */
  public RegistryWriter(ClassName name, List<Receiver> receivers, Optional<AnnotationSpec> generatedAnnotation) {
    this.name = name;
    this.receivers = List.copyOf(receivers);
    this.generatedAnnotation = generatedAnnotation;
  }

  /** The source file. */
  public JavaFile file() {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The webhook receivers of this compilation, found by the Hookwire runtime at start-up.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.WEBHOOK_REGISTRY)
        .addMethod(receiversMethod());
    receivers.forEach(receiver -> type.addOriginatingElement(receiver.element()));
    generatedAnnotation.ifPresent(type::addAnnotation);
    return JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private MethodSpec receiversMethod() {
    CodeBlock definitions = receivers.stream()
        .map(receiver -> CodeBlock.of("$T.definition()", GeneratedNames.receiverOf(receiver)))
        .collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("receivers")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, ParameterizedTypeName.get(
            RuntimeTypes.RECEIVER_DEFINITION, WildcardTypeName.subtypeOf(Object.class))))
        .addStatement("return $T.of(\n$L)", RuntimeTypes.LIST, definitions)
        .build();
  }
}
