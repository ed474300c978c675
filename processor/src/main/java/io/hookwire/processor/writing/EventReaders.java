package io.hookwire.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.hookwire.processor.model.Parameter;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.TypeShape;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The Jackson {@code ObjectReader}s of a receiver, one per handler whose event is a typed object.
 * Each is made on the first delivery of its event and kept: made in the constructor, they would
 * load every event class at start-up, which dominates the start-up of many receivers.
 */
final class EventReaders {
  private static final String MAPPER = "mapper";

  private final Map<ReceiverMethod, String> fields = new LinkedHashMap<>();

  EventReaders(Iterable<ReceiverMethod> handlers) {
    Set<String> taken = new HashSet<>();
    for (ReceiverMethod handler : handlers) {
      if (typedEvent(handler) != null) {
        fields.put(handler, uniqueName(handler.name() + "Reader", taken));
      }
    }
  }

  /** The method that returns the reader of this handler's event. */
  String accessorFor(ReceiverMethod handler) {
    return fields.get(handler);
  }

  /** Declares the mapper, when a reader needs it, and a field and an accessor per reader. */
  void addMembers(TypeSpec.Builder type) {
    if (fields.isEmpty()) {
      return;
    }
    type.addField(RuntimeTypes.OBJECT_MAPPER, MAPPER, Modifier.PRIVATE, Modifier.FINAL);
    fields.values().forEach(name -> type.addField(RuntimeTypes.OBJECT_READER, name, Modifier.PRIVATE));
    fields.forEach((handler, name) -> type.addMethod(accessor(handler, name)));
  }

  /** Keeps the constructor's {@code mapper}, when a reader needs it. */
  CodeBlock initialisers() {
    return fields.isEmpty() ? CodeBlock.of("") : CodeBlock.builder().addStatement("this.$N = $N", MAPPER, MAPPER).build();
  }

  /**
   * Makes the reader once. Two threads may both make it on the first deliveries, which is
   * harmless: readers are immutable, so either may be kept, and reading the field once into a
   * local never returns {@code null}.
   */
  private static MethodSpec accessor(ReceiverMethod handler, String name) {
    CodeBlock typeToken = typeToken(typedEvent(handler).type());
    return MethodSpec.methodBuilder(name)
        .addJavadoc("The reader of {@code $L}'s event, made on its first delivery.\n", handler.name())
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.OBJECT_READER)
        .addStatement("$T reader = $N", RuntimeTypes.OBJECT_READER, name)
        .beginControlFlow("if (reader == null)")
        .addStatement("reader = $N.readerFor($L)", MAPPER, typeToken)
        .addStatement("$N = reader", name)
        .endControlFlow()
        .addStatement("return reader")
        .build();
  }

  /** {@code Item.class}, or a {@code TypeReference} that keeps the type arguments of {@code List<Item>}. */
  private static CodeBlock typeToken(TypeMirror type) {
    // Type-use annotations such as @Nullable are not allowed in a class literal.
    TypeName name = TypeName.get(type).withoutAnnotations();
    boolean generic = type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty();
    return generic
        ? CodeBlock.of("new $T() {}", ParameterizedTypeName.get(RuntimeTypes.TYPE_REFERENCE, name))
        : CodeBlock.of("$T.class", name);
  }

  private static Parameter typedEvent(ReceiverMethod handler) {
    return handler.eventParameter().filter(parameter -> parameter.shape() == TypeShape.TYPED).orElse(null);
  }

  private static String uniqueName(String candidate, Set<String> taken) {
    String name = candidate;
    for (int i = 2; !taken.add(name); i++) {
      name = candidate + i;
    }
    return name;
  }
}
