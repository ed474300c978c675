package io.hookwire.it.core;

import io.hookwire.runtime.spi.WebhookRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that loads every class as the tests' own does, but lists only the registries it
 * was given in its {@code META-INF/services} file, hiding the files of the compiled receivers: the
 * class path of an application that holds just those registries. With none, it is an application
 * whose receivers were compiled without the processor.
 */
final class ListingClassLoader extends ClassLoader {
  private static final String SERVICES_FILE = "META-INF/services/" + WebhookRegistry.class.getName();

  private final URL listing;

  /** Lists {@code registryClassNames}, writing the services file into {@code folder}. */
  ListingClassLoader(Path folder, String... registryClassNames) {
    super(ListingClassLoader.class.getClassLoader());
    try {
      Path file = folder.resolve("services-" + System.nanoTime());
      Files.writeString(file, String.join("\n", registryClassNames) + "\n");
      this.listing = file.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return name.equals(SERVICES_FILE) ? Collections.enumeration(List.of(listing)) : super.getResources(name);
  }
}
