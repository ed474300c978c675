package io.hookwire.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.ReturnKind;
import io.hookwire.processor.model.Role;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the receiver generated for one {@code @Webhook} class: a final class that implements
 * {@code WebhookReceiver} by calling the user's methods directly, with no reflection.
 */
public final class ReceiverWriter {
  private static final String DELIVERY_ID_POINTER_FIELD = "DELIVERY_ID_POINTER";

  private final Receiver receiver;
  private final ClassName userClass;
  private final ClassName generatedClass;
  private final EventReaders readers;
  private final Optional<AnnotationSpec> generatedAnnotation;

  /** A writer for {@code receiver}; {@code generatedAnnotation} marks the class when available. */
  public ReceiverWriter(Receiver receiver, Optional<AnnotationSpec> generatedAnnotation) {
    this.receiver = receiver;
    this.userClass = ClassName.get(receiver.element());
    this.generatedClass = GeneratedNames.receiverOf(receiver);
    this.readers = new EventReaders(receiver.methods(Role.ON_EVENT));
    this.generatedAnnotation = generatedAnnotation;
  }

  /** The source file. */
  public JavaFile file() {
    return JavaFile.builder(generatedClass.packageName(), type()).skipJavaLangImports(true).build();
  }

  private TypeSpec type() {
    TypeSpec.Builder type = TypeSpec.classBuilder(generatedClass)
        .addOriginatingElement(receiver.element())
        .addJavadoc("The webhook receiver of {@link $T}: serves {@code $L}\nas {@code $L}.\n",
            userClass, receiver.path(), receiver.name())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.WEBHOOK_RECEIVER);
    generatedAnnotation.ifPresent(type::addAnnotation);
    addFields(type);
    type.addMethod(constructor()).addMethod(definition()).addMethod(wrap());
    newInstance().ifPresent(type::addMethod);
    type.addMethod(verify());
    DispatchWriter dispatch = new DispatchWriter(receiver, readers);
    type.addMethod(dispatch.dispatchMethod());
    dispatch.deferrableMethod().ifPresent(type::addMethod);
    deliveryIdMethod().ifPresent(type::addMethod);
    addHandshakeMethods(type);
    addConnectionMethods(type);
    readers.addMembers(type);
    return type.build();
  }

  private void addFields(TypeSpec.Builder type) {
    new TypePointerFields(receiver).fields().forEach(type::addField);
    if (!receiver.deliveryIdPointer().isEmpty()) {
      type.addField(FieldSpec.builder(RuntimeTypes.JSON_POINTER, DELIVERY_ID_POINTER_FIELD,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($S)", RuntimeTypes.JSON_POINTER, receiver.deliveryIdPointer())
          .build());
    }
    type.addField(userClass, "receiver", Modifier.PRIVATE, Modifier.FINAL);
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addParameter(userClass, "receiver")
        .addParameter(RuntimeTypes.OBJECT_MAPPER, "mapper")
        .addStatement("this.receiver = receiver")
        .addCode(readers.initialisers())
        .build();
  }

  /** What the registry lists: the class, name and path, and the factory that makes the receiver. */
  private MethodSpec definition() {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("return $T.of(\n$>$>$T.class,\n$S,\n$S,\nfactory)$<$<", RuntimeTypes.RECEIVER_DEFINITION,
            userClass, receiver.name(), receiver.path());
    if (receiver.hasDefaultConstructor()) {
      code.add("\n.withDefaultConstructor(factory)");
    }
    if (receiver.maxBodyBytes() >= 0) {
      code.add("\n.withMaxBodyBytes($LL)", receiver.maxBodyBytes());
    }
    if (receiver.rejectStatus() != Receiver.DEFAULT_REJECT_STATUS) {
      code.add("\n.withRejectStatus($L)", receiver.rejectStatus());
    }
    return MethodSpec.methodBuilder("definition")
        .addJavadoc("What the route registry needs to know of this receiver; {@code factory} calls\n"
            + "{@link #wrap}$L.\n", receiver.hasDefaultConstructor() ? " and {@link #newInstance}" : "")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(RuntimeTypes.RECEIVER_FACTORY, "factory")
        .returns(ParameterizedTypeName.get(RuntimeTypes.RECEIVER_DEFINITION, WildcardTypeName.subtypeOf(Object.class)))
        .addStatement("$L", code.build())
        .build();
  }

  /**
   * The registry's factory calls this instead of the constructor: it takes an {@code Object}, as
   * the registry may lie in another package, where a package-private class cannot be named.
   */
  private MethodSpec wrap() {
    return MethodSpec.methodBuilder("wrap")
        .addJavadoc("This receiver around {@code receiver}, an instance of {@link $T}.\n", userClass)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(Object.class, "receiver")
        .addParameter(RuntimeTypes.OBJECT_MAPPER, "mapper")
        .returns(RuntimeTypes.WEBHOOK_RECEIVER)
        .addStatement("return new $T(($T) receiver, mapper)", generatedClass, userClass)
        .build();
  }

  private Optional<MethodSpec> newInstance() {
    if (!receiver.hasDefaultConstructor()) {
      return Optional.empty();
    }
    return Optional.of(MethodSpec.methodBuilder("newInstance")
        .addJavadoc("A new {@link $T}, for applications that do not supply one.\n", userClass)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Object.class)
        .addStatement("return new $T()", userClass)
        .build());
  }

  private MethodSpec verify() {
    ReceiverMethod verify = receiver.method(Role.VERIFY).orElseThrow();
    MethodSpec.Builder method = overridingThrowing("verify", boolean.class).addParameter(RuntimeTypes.DELIVERY, "delivery");
    CodeBlock call = ParameterBindings.call(verify, readers);
    if (verify.returnKind() == ReturnKind.BOOLEAN) {
      return method.addStatement("return $L", call).build();
    }
    return method.addStatement("$L", call).addStatement("return true").build();
  }

  private Optional<MethodSpec> deliveryIdMethod() {
    CodeBlock id;
    if (!receiver.deliveryIdHeader().isEmpty()) {
      id = CodeBlock.of(receiver.deliveryIdSigned() ? "delivery.signedDeliveryIdFromHeader($S)"
          : "delivery.deliveryIdFromHeader($S)", receiver.deliveryIdHeader());
    } else if (!receiver.deliveryIdPointer().isEmpty()) {
      id = CodeBlock.of("delivery.deliveryIdAt($N)", DELIVERY_ID_POINTER_FIELD);
    } else {
      return Optional.empty();
    }
    return Optional.of(overriding("deliveryId", String.class)
        .addParameter(RuntimeTypes.DELIVERY, "delivery")
        .addStatement("return $L", id)
        .build());
  }

  private void addHandshakeMethods(TypeSpec.Builder type) {
    receiver.method(Role.HANDSHAKE).ifPresent(handshake -> type
        .addMethod(overriding("hasHandshake", boolean.class).addStatement("return true").build())
        .addMethod(overridingThrowing("handshake", RuntimeTypes.WEBHOOK_RESPONSE)
            .addParameter(RuntimeTypes.DELIVERY, "delivery")
            .addCode(DispatchWriter.callAndAnswer(handshake, readers))
            .build()));
  }

  private void addConnectionMethods(TypeSpec.Builder type) {
    Optional<ReceiverMethod> isConnected = receiver.method(Role.IS_CONNECTED);
    Optional<ReceiverMethod> connect = receiver.method(Role.CONNECT);
    if (isConnected.isPresent()) {
      type.addMethod(overridingThrowing("isConnected", boolean.class)
          .addStatement("return receiver.$N()", isConnected.get().name())
          .build());
    } else if (connect.isPresent()) {
      type.addMethod(overridingThrowing("isConnected", boolean.class)
          .addComment("No @IsConnected method: connect at every start.")
          .addStatement("return false")
          .build());
    }
    connect.ifPresent(method -> type
        .addMethod(overriding("canConnect", boolean.class).addStatement("return true").build())
        .addMethod(overridingThrowing("connect", void.class).addStatement("receiver.$N()", method.name()).build()));
  }

  private static MethodSpec.Builder overriding(String name, Class<?> returnType) {
    return overriding(name, TypeName.get(returnType));
  }

  private static MethodSpec.Builder overriding(String name, TypeName returnType) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returnType);
  }

  /** An override of a method that calls user code, which may throw anything. */
  private static MethodSpec.Builder overridingThrowing(String name, Class<?> returnType) {
    return overridingThrowing(name, TypeName.get(returnType));
  }

  /** An override of a method that calls user code, which may throw anything. */
  private static MethodSpec.Builder overridingThrowing(String name, TypeName returnType) {
    return overriding(name, returnType).addException(Exception.class);
  }
}
