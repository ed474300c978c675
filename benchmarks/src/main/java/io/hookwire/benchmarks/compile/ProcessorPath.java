package io.hookwire.benchmarks.compile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds Hookwire's processor jars: the build copies them to {@code processor-path/} beside the
 * executable jar (the processor is not inside it); {@code -Dhookwire.processorPath=DIR} points
 * elsewhere.
 */
public final class ProcessorPath {
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

  private static Path defaultDir() {
    String firstEntry = System.getProperty("java.class.path").split(File.pathSeparator)[0];
    Path parent = Path.of(firstEntry).toAbsolutePath().getParent();
    return parent.resolve("processor-path");
  }
}
