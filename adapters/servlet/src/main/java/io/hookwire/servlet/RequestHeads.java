package io.hookwire.servlet;

import io.hookwire.runtime.server.RequestHead;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;

/**
 * The head of a servlet request as Hookwire takes it. Only methods that leave the body alone are
 * called: {@code getParameter} and its kin would read a form body to find parameters in it, and
 * the receiver's verification needs that body's raw bytes.
 */
final class RequestHeads {
  private RequestHeads() {}

  /** The head of {@code request}, whose raw path after the servlet's prefix is {@code rawPath}. */
  static RequestHead of(HttpServletRequest request, String rawPath) {
    RequestHead.Builder head = RequestHead.builder(request.getMethod(), rawPath)
        .rawQuery(request.getQueryString())
        .contentLength(request.getContentLengthLong())
        .remoteAddress(request.getRemoteAddr());
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        head.header(name, values.nextElement());
      }
    }
    return head.build();
  }
}
