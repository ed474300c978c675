package io.hookwire.processor.writing;

import com.palantir.javapoet.FieldSpec;
import io.hookwire.processor.model.Receiver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The compiled JSON Pointers a receiver reads its event type with, one constant each. A pointer
 * that reads the whole type is {@code TYPE_POINTER}; the pointers to the parts of a type are named
 * after the field they point at, as one would name them by hand: {@code /event/type} is
 * {@code EVENT_TYPE_POINTER}.
 */
final class TypePointerFields {
  private static final String SINGLE = "TYPE_POINTER";
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** Each pointer, in order, with the name of its constant. */
  private final Map<String, String> names = new LinkedHashMap<>();

  TypePointerFields(Receiver receiver) {
    List<String> pointers = receiver.typePointers();
    if (pointers.size() == 1 && receiver.typeHeader().isEmpty()) {
      names.put(pointers.get(0), SINGLE);
      return;
    }
    for (int i = 0; i < pointers.size(); i++) {
      String name = nameOf(pointers.get(i), i);
      names.put(pointers.get(i), names.containsValue(name) ? SINGLE + "_" + (i + 1) : name);
    }
  }

  /** The constants' names, in the order of the pointers. */
  List<String> names() {
    return List.copyOf(names.values());
  }

  /** The constants. */
  List<FieldSpec> fields() {
    return names.entrySet().stream()
        .map(entry -> FieldSpec.builder(RuntimeTypes.JSON_POINTER, entry.getValue(),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($S)", RuntimeTypes.JSON_POINTER, entry.getKey())
            .build())
        .toList();
  }

  /** {@code /event/type} → {@code EVENT_TYPE_POINTER}; a pointer no constant can echo gets a number. */
  private static String nameOf(String pointer, int index) {
    String words = pointer.substring(1)
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("[^A-Za-z0-9]+", "_")
        .toUpperCase(Locale.ROOT);
    String name = words + "_POINTER";
    return CONSTANT.matcher(name).matches() && !name.contains("__") ? name : SINGLE + "_" + (index + 1);
  }
}
