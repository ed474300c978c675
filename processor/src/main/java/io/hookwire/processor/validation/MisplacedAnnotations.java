package io.hookwire.processor.validation;

import io.hookwire.processor.model.KnownTypes;
import io.hookwire.processor.reading.Annotations;
import java.util.List;
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
    Report report = new Report(environment.getMessager());
    for (String annotationName : METHOD_ANNOTATIONS) {
      TypeElement annotation = environment.getElementUtils().getTypeElement(annotationName);
      if (annotation != null) {
        round.getElementsAnnotatedWith(annotation).forEach(method -> check(method, annotationName, report));
      }
    }
  }

  private static void check(Element method, String annotationName, Report report) {
    Element owner = method.getEnclosingElement();
    if (Annotations.find(owner, KnownTypes.WEBHOOK).isPresent()) {
      return;
    }
    String simpleName = "@" + annotationName.substring(annotationName.lastIndexOf('.') + 1);
    report.print(method, Annotations.find(method, annotationName).orElseThrow(),
        Message.OUTSIDE_WEBHOOK, simpleName, owner.getSimpleName());
  }
}
