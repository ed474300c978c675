package io.hookwire.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Webhook} class as written: what the validator checks and the writers turn into code.
 *
 * @param element the class
 * @param annotation its {@code @Webhook}, for diagnostics on the annotation and its values
 * @param name {@code @Webhook(name)}
 * @param path {@code @Webhook(path)}
 * @param typeHeader {@code @Webhook(typeHeader)}, empty when unset
 * @param typePointers {@code @Webhook(typePointer)}, in order, empty when unset
 * @param deliveryIdHeader {@code @Webhook(deliveryIdHeader)}, empty when unset
 * @param deliveryIdPointer {@code @Webhook(deliveryIdPointer)}, empty when unset
 * @param deliveryIdSigned {@code @Webhook(deliveryIdSigned)}
 * @param maxBodyBytes {@code @Webhook(maxBodyBytes)}, negative when unset
 * @param rejectStatus {@code @Webhook(rejectStatus)}, {@value #DEFAULT_REJECT_STATUS} when unset
 * @param methods its annotated methods, in source order
 * @param hasDefaultConstructor whether generated code can call a constructor without parameters
 */
public record Receiver(
    TypeElement element,
    AnnotationMirror annotation,
    String name,
    String path,
    String typeHeader,
    List<String> typePointers,
    String deliveryIdHeader,
    String deliveryIdPointer,
    boolean deliveryIdSigned,
    long maxBodyBytes,
    int rejectStatus,
    List<ReceiverMethod> methods,
    boolean hasDefaultConstructor) {

  /** The default of {@code @Webhook(rejectStatus)}, which generated code need not repeat. */
  public static final int DEFAULT_REJECT_STATUS = 403;

  /**
   * How many parts the event type has: one for the header and one per pointer. With several, a
   * handler's event type names its first parts, separated by {@code .}.
   */
  public int typeParts() {
    return (typeHeader.isEmpty() ? 0 : 1) + typePointers.size();
  }

  /** The methods with this role, in source order. */
  public List<ReceiverMethod> methods(Role role) {
    return methods.stream().filter(method -> method.role() == role).toList();
  }

  /** The method with this role, when there is one. */
  public Optional<ReceiverMethod> method(Role role) {
    return methods(role).stream().findFirst();
  }

  /** The fully qualified name of the class. */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }
}
