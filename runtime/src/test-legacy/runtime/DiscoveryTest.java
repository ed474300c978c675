package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries found with {@link java.util.ServiceLoader}, as the processor lists them. Each test
 * writes its services file into a folder of its own, so that the other tests, which give their
 * registries explicitly, find none.
 */
class DiscoveryTest {
  private static final WebhookRequest PING = WebhookRequest.builder().path("/ping").build();

  @TempDir
  Path classes;

  private ClassLoader listing(String... registryClassNames) throws IOException {
    Path services = classes.resolve("META-INF/services/" + WebhookRegistry.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, String.join("\n", registryClassNames) + "\n");
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void registriesAreFoundInTheClassLoaderGiven() throws Exception {
    Hookwire hookwire = Hookwire.builder().classLoader(listing(PingRegistry.class.getName())).build();

    assertEquals("pong", hookwire.handle(PING).body());
  }

  @Test
  void aRegistryBothGivenAndFoundCountsOnce() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .classLoader(listing(PingRegistry.class.getName()))
        .registry(new PingRegistry())
        .build();

    assertEquals("pong", hookwire.handle(PING).body());
  }

  @Test
  void createFindsTheRegistriesOfTheContextClassLoader() throws Exception {
    ClassLoader loader = listing(PingRegistry.class.getName(), ShopRegistry.class.getName());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Hookwire hookwire = Hookwire.create();

      assertEquals("pong", hookwire.handle(PING).body());
      assertEquals(403, hookwire.handle(WebhookRequest.builder().path("/shop/events").build()).status());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void aRegistryThatCannotBeLoadedIsReported() throws Exception {
    ClassLoader loader = listing("com.example.Missing");

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Hookwire.builder().classLoader(loader).build());
    assertTrue(thrown.getMessage().contains("com.example.Missing"), thrown.getMessage());
  }
}
