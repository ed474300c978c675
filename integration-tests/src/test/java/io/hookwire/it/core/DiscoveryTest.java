package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.core.receivers.Greeter;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries found with {@link java.util.ServiceLoader} in the services files the processor
 * writes, one per compilation: {@code io.hookwire.it.receivers} is one, the receivers of these
 * tests another.
 */
class DiscoveryTest {
  private static final WebhookRequest PING = WebhookRequest.builder().path("/ping").build();

  @TempDir
  Path folder;

  private ClassLoader listing(String... registryClassNames) {
    return new ListingClassLoader(folder, registryClassNames);
  }

  @Test
  void registriesAreFoundInTheClassLoaderGiven() {
    Hookwire hookwire = Hookwire.builder()
        .classLoader(listing(GeneratedRegistries.nameOf(PingReceiver.class)))
        .only(PingReceiver.class)
        .build();

    assertEquals("pong", hookwire.handle(PING).body());
  }

  @Test
  void aRegistryTheClassLoaderDoesNotListIsNotUsed() {
    Hookwire.Builder builder = Hookwire.builder()
        .classLoader(listing(GeneratedRegistries.nameOf(Greeter.class)))
        .only(PingReceiver.class);

    String message = assertThrows(IllegalStateException.class, builder::build).getMessage();
    assertTrue(message.contains(PingReceiver.class.getName()), message);
  }

  @Test
  void aRegistryGivenServesWithoutAServicesFile() {
    // For receivers compiled by a build that wrote no services file, such as a shaded jar that lost it.
    Hookwire hookwire = Hookwire.builder()
        .classLoader(listing())
        .registry(GeneratedRegistries.of(PingReceiver.class))
        .only(PingReceiver.class)
        .build();

    assertEquals("pong", hookwire.handle(PING).body());
  }

  @Test
  void aRegistryBothGivenAndFoundCountsOnce() {
    // Counted twice, each receiver would clash with itself: the same name and path twice.
    Hookwire hookwire = Hookwire.builder()
        .classLoader(listing(GeneratedRegistries.nameOf(PingReceiver.class)))
        .registry(GeneratedRegistries.of(PingReceiver.class))
        .only(PingReceiver.class)
        .build();

    assertEquals("pong", hookwire.handle(PING).body());
  }

  @Test
  void createFindsTheRegistriesOfTheContextClassLoader() {
    Hookwire hookwire = withContextClassLoader(listing(GeneratedRegistries.nameOf(Greeter.class)), Hookwire::create);

    assertEquals("hello", hookwire.handle(WebhookRequest.builder().path("/greeter").build()).body());
  }

  @Test
  void aRegistryThatCannotBeLoadedIsReported() {
    Hookwire.Builder builder = Hookwire.builder().classLoader(listing("com.example.Missing"));

    String message = assertThrows(IllegalStateException.class, builder::build).getMessage();
    assertTrue(message.contains("com.example.Missing"), message);
  }

  static <T> T withContextClassLoader(ClassLoader loader, Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
