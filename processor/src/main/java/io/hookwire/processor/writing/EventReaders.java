package io.hookwire.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
 * The Jackson {@code ObjectReader}s of a receiver, one per handler whose event is a typed object,
 * prepared once in the constructor so that no delivery pays for building one.
 */
final class EventReaders {
  private final Map<ReceiverMethod, String> fields = new LinkedHashMap<>();

  EventReaders(Iterable<ReceiverMethod> handlers) {
    Set<String> taken = new HashSet<>();
    for (ReceiverMethod handler : handlers) {
      if (typedEvent(handler) != null) {
        fields.put(handler, uniqueName(handler.name() + "Reader", taken));
      }
    }
  }

  /** The field holding the reader of this handler's event. */
  String fieldFor(ReceiverMethod handler) {
    return fields.get(handler);
  }

  /** Declares the fields. */
  void addFields(TypeSpec.Builder type) {
    fields.values().forEach(name ->
        type.addField(FieldSpec.builder(RuntimeTypes.OBJECT_READER, name, Modifier.PRIVATE, Modifier.FINAL).build()));
  }

  /** Initialises the fields from the constructor's {@code mapper}. */
  CodeBlock initialisers() {
    CodeBlock.Builder code = CodeBlock.builder();
    fields.forEach((handler, name) ->
        code.addStatement("this.$N = mapper.readerFor($L)", name, typeToken(typedEvent(handler).type())));
    return code.build();
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
