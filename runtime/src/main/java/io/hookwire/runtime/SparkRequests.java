package io.hookwire.runtime;

import java.util.Enumeration;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import spark.Request;

/** Turns a request Spark received into a {@link WebhookRequest}. */
final class SparkRequests {

  private SparkRequests() {}

  /**
   * The request, with the body read already and the path parameters the route matched in the raw
   * request URI (each value decoded on its own, names in their own case). Query parameters come
   * from the raw query string, so the container never reads the body.
   */
  static WebhookRequest toWebhookRequest(Request request, Map<String, String> pathParams, byte[] body) {
    HttpServletRequest servlet = request.raw();
    WebhookRequest.Builder builder = WebhookRequest.builder()
        .method(servlet.getMethod())
        .path(pathOf(request, servlet))
        .pathParams(pathParams)
        .remoteAddress(nullToEmpty(servlet.getRemoteAddr()))
        .body(body);
    addHeaders(servlet, builder);
    QueryString.parse(servlet.getQueryString())
        .forEach((name, values) -> values.forEach(value -> builder.queryParam(name, value)));
    return builder.build();
  }

  private static String pathOf(Request request, HttpServletRequest servlet) {
    String pathInfo = request.pathInfo();
    return pathInfo != null ? pathInfo : servlet.getRequestURI();
  }

  private static void addHeaders(HttpServletRequest servlet, WebhookRequest.Builder builder) {
    for (Enumeration<String> names = servlet.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = servlet.getHeaders(name); values.hasMoreElements(); ) {
        builder.header(name, values.nextElement());
      }
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
