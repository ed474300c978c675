package io.hookwire.processor.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** Finds annotations and their values on elements, by the annotation's qualified name. */
public final class Annotations {

  private Annotations() {}

  /** The annotation of this type on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> qualifiedName(mirror).equals(annotationName))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  /** The value of {@code attribute} as written, if written (defaults are not "written"). */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String attribute) {
    return mirror.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
        .map(entry -> (AnnotationValue) entry.getValue())
        .findFirst();
  }

  /** A {@code String} attribute, or its default. */
  public static String stringValue(AnnotationMirror mirror, String attribute) {
    return String.valueOf(valueWithDefault(mirror, attribute).getValue());
  }

  /** A {@code long} attribute, or its default. */
  public static long longValue(AnnotationMirror mirror, String attribute) {
    return ((Number) valueWithDefault(mirror, attribute).getValue()).longValue();
  }

  /** An {@code int} attribute, or its default. */
  public static int intValue(AnnotationMirror mirror, String attribute) {
    return ((Number) valueWithDefault(mirror, attribute).getValue()).intValue();
  }

  /** A {@code boolean} attribute, or its default. */
  public static boolean booleanValue(AnnotationMirror mirror, String attribute) {
    return (Boolean) valueWithDefault(mirror, attribute).getValue();
  }

  /** A {@code String[]} attribute, or its default, as the list of its elements. */
  public static List<String> stringArrayValue(AnnotationMirror mirror, String attribute) {
    Object value = valueWithDefault(mirror, attribute).getValue();
    return ((List<?>) value).stream()
        .map(element -> String.valueOf(((AnnotationValue) element).getValue()))
        .toList();
  }

  /** The elements of a {@code String[]} attribute as written, for diagnostics on one of them. */
  public static List<AnnotationValue> arrayElements(AnnotationMirror mirror, String attribute) {
    return explicitValue(mirror, attribute)
        .map(value -> value.getValue() instanceof List<?> list
            ? list.stream().map(element -> (AnnotationValue) element).toList()
            : List.of(value))
        .orElse(List.of());
  }

  private static AnnotationValue valueWithDefault(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(qualifiedName(mirror) + " has no attribute " + attribute);
  }

  private static Map<? extends ExecutableElement, ? extends AnnotationValue> elementValuesWithDefaults(
      AnnotationMirror mirror) {
    Map<ExecutableElement, AnnotationValue> values = new LinkedHashMap<>();
    for (ExecutableElement attribute : ElementFilter.methodsIn(
        mirror.getAnnotationType().asElement().getEnclosedElements())) {
      AnnotationValue defaultValue = attribute.getDefaultValue();
      if (defaultValue != null) {
        values.put(attribute, defaultValue);
      }
    }
    values.putAll(mirror.getElementValues());
    return values;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
