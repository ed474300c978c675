package io.hookwire.benchmarks.compile;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;

/**
 * Finds Hookwire's processor jars: the build copies them to {@code processor-path/} beside the
 * executable jar (the processor is not inside it); {@code -Dhookwire.processorPath=DIR} points
 * elsewhere.
 */
public final class ProcessorPath {
  private static final String HOOKWIRE_PROCESSOR = "io.hookwire.processor.WebhookProcessor";

  private ProcessorPath() {}

  /** The jars of the processor path. */
  public static List<Path> locate() throws IOException {
    Path dir = Path.of(System.getProperty("hookwire.processorPath", defaultDir().toString()));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no processor path at " + dir + ": build the module with mvn package");
    }
    try (Stream<Path> jars = Files.list(dir)) {
      List<Path> found = jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
      if (found.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("hookwire-processor"))) {
        throw new IllegalStateException("hookwire-processor is not in " + dir);
      }
      return found;
    }
  }

  /**
   * A new instance of each call of Hookwire's processor, from one class loader over the processor
   * path: the processor's classes are loaded once, and warm up across compilations as javac's do.
   */
  public static Supplier<Processor> loadedOnce() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (Path jar : locate()) {
      urls.add(jar.toUri().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    return () -> ServiceLoader.load(Processor.class, loader).stream()
        .filter(provider -> provider.type().getName().equals(HOOKWIRE_PROCESSOR))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(HOOKWIRE_PROCESSOR + " is not a service of the processor path"))
        .get();
  }

  private static Path defaultDir() {
    String firstEntry = System.getProperty("java.class.path").split(File.pathSeparator)[0];
    Path parent = Path.of(firstEntry).toAbsolutePath().getParent();
    return parent.resolve("processor-path");
  }
}
