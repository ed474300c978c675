package io.hookwire.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * A {@code @Header}, {@code @PathParam} or {@code @QueryParam} on a parameter.
 *
 * @param kind which of the three
 * @param value the name it gives
 * @param mirror the annotation as written, for diagnostics
 */
public record ParamAnnotation(Kind kind, String value, AnnotationMirror mirror) {

  /** The three parameter annotations. */
  public enum Kind {
    HEADER("@Header", "header"),
    PATH_PARAM("@PathParam", "path parameter"),
    QUERY_PARAM("@QueryParam", "query parameter");

    private final String annotation;
    private final String noun;

    Kind(String annotation, String noun) {
      this.annotation = annotation;
      this.noun = noun;
    }

    /** The annotation as written: {@code @Header}. */
    public String annotation() {
      return annotation;
    }

    /** What it binds, in words: {@code header}. */
    public String noun() {
      return noun;
    }
  }
}
