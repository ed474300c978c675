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
      error(receiver, "path", String.format(Messages.DUPLICATE_PATH, receiver.path(), samePath.qualifiedName()), report);
      unique = false;
    }
    Receiver sameName = byName.putIfAbsent(receiver.name(), receiver);
    if (sameName != null) {
      error(receiver, "name", String.format(Messages.DUPLICATE_NAME, receiver.name(), sameName.qualifiedName()), report);
      unique = false;
    }
    return unique;
  }

  private static void error(Receiver receiver, String attribute, String message, Report report) {
    report.error(receiver.element(), receiver.annotation(),
        Annotations.explicitValue(receiver.annotation(), attribute).orElseThrow(), message);
  }
}
