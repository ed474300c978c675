package io.hookwire.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the receiver for a raw request path, for {@link Hookwire#handle(WebhookRequest)} and every
 * server adapter alike. Paths without parameters are looked up in a map; only paths with
 * parameters are tried one by one, and only after the exact lookup failed, so an exact path always
 * wins over a template that would also match it.
 */
final class RouteTable {
  private final Map<String, ReceiverRoute> exact = new HashMap<>();
  private final List<ReceiverRoute> templates = new ArrayList<>();

  RouteTable(List<ReceiverRoute> routes) {
    for (ReceiverRoute route : routes) {
      if (route.path().isLiteral()) {
        exact.put(route.path().path(), route);
      } else {
        templates.add(route);
      }
    }
  }

  /**
   * A route matched to a path, with the values of its path parameters; or, when one of them is not
   * percent-encoded UTF-8, with its name and no values: the path is the route's, but its request is
   * refused.
   */
  record Match(ReceiverRoute route, Map<String, String> pathParams, Optional<String> undecodableParam) {}

  /** The receiver whose path matches {@code path}, if any. */
  Optional<Match> find(String path) {
    ReceiverRoute route = exact.get(path);
    if (route != null) {
      return Optional.of(new Match(route, Map.of(), Optional.empty()));
    }
    for (ReceiverRoute template : templates) {
      Optional<PathTemplate.Matched> matched = template.path().match(path);
      if (matched.isPresent()) {
        return Optional.of(new Match(template, matched.get().params(), matched.get().undecodable()));
      }
    }
    return Optional.empty();
  }
}
