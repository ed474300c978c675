package io.hookwire.processor.validation;

import io.hookwire.processor.model.KnownTypes;
import io.hookwire.processor.reading.Annotations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reports {@code @Verify}, {@code @OnEvent}, {@code @IsConnected}, {@code @Connect} and
 * {@code @Handshake} on methods of a class without {@code @Webhook}, which would otherwise be
 * silently ignored.
 */
public final class MisplacedAnnotations {
  private static final List<String> METHOD_ANNOTATIONS =
      List.of(KnownTypes.VERIFY, KnownTypes.ON_EVENT, KnownTypes.IS_CONNECTED, KnownTypes.CONNECT,
          KnownTypes.HANDSHAKE);

  private MisplacedAnnotations() {}

  /** Reports every such method found in this round. */
  public static void report(RoundEnvironment round, ProcessingEnvironment environment) {
    Set<TypeElement> annotations = new LinkedHashSet<>();
    for (String annotationName : METHOD_ANNOTATIONS) {
      TypeElement annotation = environment.getElementUtils().getTypeElement(annotationName);
      if (annotation != null) {
        annotations.add(annotation);
      }
    }
    if (annotations.isEmpty()) {
      return;
    }
    Report report = new Report(environment.getMessager());
    // One walk over the round's elements for all five annotations: each walk visits every member
    // of every class in the round, which on a large compilation costs more than the check.
    for (Element method : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]))) {
      Element owner = method.getEnclosingElement();
      if (Annotations.find(owner, KnownTypes.WEBHOOK).isEmpty()) {
        METHOD_ANNOTATIONS.forEach(name -> Annotations.find(method, name)
            .ifPresent(mirror -> report.print(method, mirror, Message.OUTSIDE_WEBHOOK, simpleName(name),
                owner.getSimpleName())));
      }
    }
  }

  private static String simpleName(String annotationName) {
    return "@" + annotationName.substring(annotationName.lastIndexOf('.') + 1);
  }
}
