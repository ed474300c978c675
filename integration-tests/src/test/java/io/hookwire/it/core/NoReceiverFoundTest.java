package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application whose {@code @Webhook} classes were compiled without the processor has no
 * registry: it must fail at start with a message that says how to fix the build, not serve 404s.
 */
class NoReceiverFoundTest {

  @TempDir
  Path folder;

  private static void assertExplainsTheProcessorPath(IllegalStateException failure) {
    String message = failure.getMessage();
    assertTrue(message.contains("No webhook receivers found"), message);
    assertTrue(message.contains("hookwire-processor"), message);
    assertTrue(message.contains("<annotationProcessorPaths>"), message);
    assertTrue(message.contains("annotationProcessor"), message);
  }

  @Test
  void createWithoutAnyRegistryExplainsTheProcessorPath() {
    ClassLoader withoutRegistries = new ListingClassLoader(folder);

    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> DiscoveryTest.withContextClassLoader(withoutRegistries, Hookwire::create));

    assertExplainsTheProcessorPath(failure);
  }

  @Test
  void buildInAClassLoaderThatSeesNoRegistryExplainsTheProcessorPath() {
    Hookwire.Builder builder = Hookwire.builder().classLoader(ClassLoader.getPlatformClassLoader());

    assertExplainsTheProcessorPath(assertThrows(IllegalStateException.class, builder::build));
  }
}
