package io.hookwire.benchmarks.startup;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A parent class loader that hides the benchmarks jar's own registry list, so that the start-up
 * probe discovers exactly the receivers in the jars it loads, and none of this module's.
 */
final class WithoutRegistries extends ClassLoader {
  private static final String REGISTRIES = "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry";

  WithoutRegistries(ClassLoader parent) {
    super(parent);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return REGISTRIES.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
  }
}
