package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.reading.Annotations;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that no two receivers of a compilation share a path or a name. Two paths that differ
 * only in parameter names ({@code /a/{x}} and {@code /a/{y}}) are the same route.
 */
public final class RouteValidator {
  private final Map<String, Receiver> byPathShape = new HashMap<>();
  private final Map<String, Receiver> byName = new HashMap<>();

  /** Whether the receiver's path and name are its own so far; reports the clash otherwise. */
  public boolean claim(Receiver receiver, Report report) {
    boolean unique = true;
    Receiver samePath = byPathShape.putIfAbsent(PathSyntax.shape(receiver.path()), receiver);
    if (samePath != null) {
      print(receiver, "path", report, Message.DUPLICATE_PATH, receiver.path(), samePath.qualifiedName());
      unique = false;
    }
    Receiver sameName = byName.putIfAbsent(receiver.name(), receiver);
    if (sameName != null) {
      print(receiver, "name", report, Message.DUPLICATE_NAME, receiver.name(), sameName.qualifiedName());
      unique = false;
    }
    return unique;
  }

  private static void print(
      Receiver receiver, String attribute, Report report, Message message, Object... args) {
    report.print(receiver.element(), receiver.annotation(),
        Annotations.explicitValue(receiver.annotation(), attribute).orElseThrow(), message, args);
  }
}
