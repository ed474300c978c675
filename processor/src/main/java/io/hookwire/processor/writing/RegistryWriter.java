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
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;

/** Writes the route registry of a compilation: the list the runtime finds with {@code ServiceLoader}. */
public final class RegistryWriter {
  private static final String FACTORY = "Factory";

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
        .addMethod(receiversMethod())
        .addType(factory());
    receivers.forEach(receiver -> type.addOriginatingElement(receiver.element()));
    generatedAnnotation.ifPresent(type::addAnnotation);
    return JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private MethodSpec receiversMethod() {
    CodeBlock definitions = IntStream.range(0, receivers.size())
        .mapToObj(index -> CodeBlock.of("$T.definition(new $N($L))",
            GeneratedNames.receiverOf(receivers.get(index)), FACTORY, index))
        .collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("receivers")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, ParameterizedTypeName.get(
            RuntimeTypes.RECEIVER_DEFINITION, WildcardTypeName.subtypeOf(Object.class))))
        .addStatement("return $T.of(\n$L)", RuntimeTypes.LIST, definitions)
        .build();
  }

  /**
   * One class that makes every receiver of the registry, by its index: where a method reference
   * per receiver would make the JVM define two classes per receiver at start-up.
   */
  private TypeSpec factory() {
    return TypeSpec.classBuilder(FACTORY)
        .addJavadoc("Makes each receiver of this registry, chosen by its index in {@link #receivers()}:\n"
            + "one class serves them all.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.RECEIVER_FACTORY)
        .addField(int.class, "index", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(int.class, "index")
            .addStatement("this.index = index")
            .build())
        .addMethod(MethodSpec.methodBuilder("wrap")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Object.class, "instance")
            .addParameter(RuntimeTypes.OBJECT_MAPPER, "mapper")
            .returns(RuntimeTypes.WEBHOOK_RECEIVER)
            .addCode(wrapSwitch())
            .build())
        .addMethod(MethodSpec.methodBuilder("newInstance")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addCode(newInstanceSwitch())
            .build())
        .build();
  }

  private CodeBlock wrapSwitch() {
    return switchOnIndex(receiver -> true, "wrap(instance, mapper)",
        CodeBlock.of("throw new $T(index)", IndexOutOfBoundsException.class));
  }

  private CodeBlock newInstanceSwitch() {
    CodeBlock refusal = CodeBlock.of("throw new $T(\n$>$>$S + index + $S)$<$<", UnsupportedOperationException.class,
        "receiver ", " has no constructor without parameters");
    if (receivers.stream().noneMatch(Receiver::hasDefaultConstructor)) {
      return CodeBlock.builder().addStatement("$L", refusal).build();
    }
    return switchOnIndex(Receiver::hasDefaultConstructor, "newInstance()", refusal);
  }

  /** {@code return switch (index)} over the included receivers, calling {@code call} on each one's generated class. */
  private CodeBlock switchOnIndex(Predicate<Receiver> included, String call, CodeBlock otherwise) {
    CodeBlock.Builder code = CodeBlock.builder().add("return switch (index) {\n$>");
    for (int index = 0; index < receivers.size(); index++) {
      Receiver receiver = receivers.get(index);
      if (included.test(receiver)) {
        code.add("case $L -> $T.$L;\n", index, GeneratedNames.receiverOf(receiver), call);
      }
    }
    return code.add("default -> $L;\n$<};\n", otherwise).build();
  }
}
