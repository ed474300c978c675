package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor sees one compilation; clashes between jars are the runtime's to find, naming both sides. */
class DuplicateAcrossJarsTest {

  private static javax.tools.JavaFileObject receiver(String qualifiedName, String path, String name) {
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    return Receivers.source(qualifiedName, """
        @Webhook(path = "%s", name = "%s")
        public class %s {
          @Verify boolean verify() { return true; }
          @OnEvent void handle(JsonNode event) {}
        }
        """.formatted(path, name, simpleName));
  }

  @Test
  void samePathInTwoJarsFailsTheMountNamingBothReceivers(@TempDir Path jars) {
    URLClassLoader loader = CompiledJar.loader(List.of(
        CompiledJar.compile(jars, "a", receiver("a.Orders", "/orders", "orders")),
        CompiledJar.compile(jars, "b", receiver("b.Payments", "/orders", "payments"))));

    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> Hookwire.builder().classLoader(loader).build());
    assertTrue(failure.getMessage().contains("a.Orders"), failure.getMessage());
    assertTrue(failure.getMessage().contains("b.Payments"), failure.getMessage());
  }

  @Test
  void sameNameInTwoJarsFailsTheMountNamingBothReceivers(@TempDir Path jars) {
    URLClassLoader loader = CompiledJar.loader(List.of(
        CompiledJar.compile(jars, "a", receiver("a.Orders", "/a/orders", "orders")),
        CompiledJar.compile(jars, "b", receiver("b.Orders", "/b/orders", "orders"))));

    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> Hookwire.builder().classLoader(loader).build());
    assertTrue(failure.getMessage().contains("a.Orders"), failure.getMessage());
    assertTrue(failure.getMessage().contains("b.Orders"), failure.getMessage());
  }
}
