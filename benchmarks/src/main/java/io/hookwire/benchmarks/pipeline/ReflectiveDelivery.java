package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.WebhookRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The reflective dispatcher's per-request state: the request and its JSON tree, parsed once on
 * first use, with the same content-type rule as Hookwire so both do the same checks.
 */
final class ReflectiveDelivery {
  /** Input that cannot be bound; answered with {@link #status()}. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    Rejected(int status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }

    int status() {
      return status;
    }
  }

  private final WebhookRequest request;
  private final ObjectMapper mapper;
  private JsonNode tree;

  ReflectiveDelivery(WebhookRequest request, ObjectMapper mapper) {
    this.request = request;
    this.mapper = mapper;
  }

  WebhookRequest request() {
    return request;
  }

  JsonNode tree() {
    if (tree == null) {
      requireJson();
      try {
        tree = mapper.readTree(request.bodyBytes());
      } catch (IOException e) {
        throw new Rejected(400, "body is not JSON");
      }
    }
    return tree;
  }

  Object bind(ObjectReader reader) {
    try {
      return reader.readValue(tree());
    } catch (IOException e) {
      throw new Rejected(400, "body does not bind");
    }
  }

  private void requireJson() {
    Optional<String> contentType = request.header("Content-Type");
    if (contentType.isPresent()) {
      String value = contentType.get();
      int parameters = value.indexOf(';');
      String essence = (parameters < 0 ? value : value.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
      if (!essence.equals("application/json") && !essence.endsWith("+json")) {
        throw new Rejected(415, "not JSON");
      }
    }
  }
}
