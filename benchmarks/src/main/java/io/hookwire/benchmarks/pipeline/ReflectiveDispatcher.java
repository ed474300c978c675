package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Baseline (c): the way frameworks that discover handlers at run time work. Each receiver class is
 * scanned once for its annotations (they have {@code RUNTIME} retention), the scan is cached as
 * {@link ReflectiveReceiver}s keyed by path, and every delivery is routed by path and dispatched
 * through {@link java.lang.reflect.Method#invoke}. It follows the same pipeline contract as
 * Hookwire for the cases the benchmarks exercise, so that it does the same work.
 */
public final class ReflectiveDispatcher {
  private static final WebhookResponse NOT_FOUND = WebhookResponse.text(404, "Not found.");
  private static final WebhookResponse METHOD_NOT_ALLOWED = WebhookResponse.text(405, "Method not allowed.");

  private final Map<String, ReflectiveReceiver> byPath = new HashMap<>();

  /** A dispatcher over {@code receivers}, instances of {@code @Webhook} classes. */
  public ReflectiveDispatcher(ObjectMapper mapper, Object... receivers) {
    for (Object receiver : receivers) {
      ReflectiveReceiver scanned = ReflectiveReceiver.scan(receiver, mapper);
      byPath.put(scanned.path(), scanned);
    }
  }

  /** Routes {@code request} by its path and runs the receiver's pipeline. */
  public WebhookResponse handle(WebhookRequest request) {
    ReflectiveReceiver receiver = byPath.get(request.path());
    if (receiver == null) {
      return NOT_FOUND;
    }
    if (!"POST".equals(request.method())) {
      return METHOD_NOT_ALLOWED;
    }
    return receiver.handle(request);
  }
}
