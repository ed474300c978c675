package io.hookwire.runtime.spi;

import io.hookwire.runtime.WebhookRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A verified delivery as an {@link io.hookwire.runtime.Inbox} stores it: everything its handler
 * may bind, so that the request can be rebuilt and dispatched later, on any instance. For inbox
 * implementations, which write it in their own format.
 *
 * @param receiver the receiver's name, from {@code @Webhook(name)}
 * @param deliveryId the delivery's id, or an empty string when the receiver names none
 * @param method the HTTP method, {@code POST}
 * @param path the request path, without the query string
 * @param headers every header, with all of its values in the order received
 * @param pathParams the path parameters, by name
 * @param queryParams the query parameters, with all of their values
 * @param body the raw body; shared, not copied: read it, never modify it
 */
public record StoredDelivery(
    String receiver,
    String deliveryId,
    String method,
    String path,
    Map<String, List<String>> headers,
    Map<String, String> pathParams,
    Map<String, List<String>> queryParams,
    byte[] body) {

  /** Checks that no part is {@code null} and makes the maps unmodifiable. */
  public StoredDelivery {
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    headers = copyOfLists(headers, "headers");
    pathParams = Map.copyOf(Objects.requireNonNull(pathParams, "pathParams"));
    queryParams = copyOfLists(queryParams, "queryParams");
    Objects.requireNonNull(body, "body");
  }

  /** The delivery of {@code request} to the receiver named {@code receiver}. */
  public static StoredDelivery of(String receiver, String deliveryId, WebhookRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headerNames().forEach(name -> headers.put(name, request.headers(name)));
    return new StoredDelivery(receiver, deliveryId, request.method(), request.path(), headers,
        request.pathParams(), request.queryParams(), request.bodyBytes());
  }

  /** The request again, as its receiver's handler binds it. */
  public WebhookRequest toRequest() {
    WebhookRequest.Builder request = WebhookRequest.builder().method(method).path(path).body(body);
    headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
    request.pathParams(pathParams);
    queryParams.forEach((name, values) -> values.forEach(value -> request.queryParam(name, value)));
    return request.build();
  }

  @Override
  public String toString() {
    // Headers and body may carry secrets and personal data: never part of the text form.
    return "StoredDelivery[" + receiver + " " + deliveryId + ", " + body.length + " bytes]";
  }

  private static Map<String, List<String>> copyOfLists(Map<String, List<String>> map, String name) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(map, name).forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
