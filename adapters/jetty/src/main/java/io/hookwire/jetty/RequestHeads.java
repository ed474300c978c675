package io.hookwire.jetty;

import io.hookwire.runtime.server.RequestHead;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Context;
import org.eclipse.jetty.server.Request;

/** Reads what Hookwire needs of a Jetty request before its body: its raw path, then its head. */
final class RequestHeads {
  private RequestHeads() {}

  /**
   * The path of {@code request} after its context's path, exactly as the client wrote it: still
   * percent-encoded, with any {@code ;parameters}, dot segments and empty segments kept. Jetty's
   * own {@code Request.getPathInContext} is not used: it gives the canonical path, in which
   * {@code %65} is already {@code e} and {@code ;jsessionid=1} is gone, and Hookwire matches the
   * path the client sent, segment for segment. The context's path is taken off only where the raw
   * path starts with it as written; a path that reached the context by another spelling (say
   * {@code /%68ooks} for {@code /hooks}) is {@code null}, left to the application.
   *
   * @return the raw path in the context, or {@code null} when there is none to serve
   */
  static String rawPathInContext(Request request) {
    String rawPath = request.getHttpURI().getPath();
    if (rawPath == null || rawPath.isEmpty()) {
      return null;
    }
    String contextPath = Request.getContextPath(request);
    return Context.getPathInContext(contextPath == null ? "" : contextPath, rawPath);
  }

  /** The head of {@code request}, whose raw path in its context is {@code rawPath}. */
  static RequestHead of(Request request, String rawPath) {
    RequestHead.Builder head = RequestHead.builder(request.getMethod(), rawPath)
        // The raw query: Hookwire parses it itself, and never reads a form body as parameters.
        .rawQuery(request.getHttpURI().getQuery())
        // What Jetty reads the body by: -1 for a chunked body, whatever other headers say.
        .contentLength(request.getLength())
        .remoteAddress(Request.getRemoteAddr(request));
    // Each header line is a field of its own, so a header sent twice keeps both of its values.
    for (HttpField field : request.getHeaders()) {
      head.header(field.getName(), field.getValue() == null ? "" : field.getValue());
    }
    return head.build();
  }
}
