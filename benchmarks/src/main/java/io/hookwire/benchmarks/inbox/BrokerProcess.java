package io.hookwire.benchmarks.inbox;

import io.hookwire.benchmarks.process.JavaProcess;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts {@link KafkaBroker} in a JVM of its own, on a fresh log directory. Its class path is
 * this module's jar followed by the broker's own jars, which the build copies to
 * {@code broker-path/} beside it ({@code -Dbench.brokerPath=DIR} points elsewhere): the broker is
 * not inside the executable jar.
 */
final class BrokerProcess {
  private static final List<String> JVM = List.of(
      "-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

  private BrokerProcess() {}

  /** The broker's process, serving, and the {@code host:port} of its listener. */
  record Started(JavaProcess process, String bootstrapServers) {}

  /**
   * Starts a broker whose data is in {@code dataDir} (emptied first), logging to {@code log}, and
   * warmed up for {@code warmUp}.
   */
  static Started start(Path dataDir, Duration warmUp, Path log) throws IOException {
    deleteRecursively(dataDir);
    JavaProcess process = JavaProcess.start(KafkaBroker.class.getName(), classPath(), JVM,
        List.of(dataDir.toString(), Long.toString(warmUp.toSeconds())), log);
    try {
      String ready = process.awaitLine("READY ");
      return new Started(process, ready.substring("READY ".length()).strip());
    } catch (IOException | RuntimeException e) {
      process.close();
      throw e;
    }
  }

  private static String classPath() {
    String jar = System.getProperty("java.class.path").split(File.pathSeparator)[0];
    Path defaultDir = Path.of(jar).toAbsolutePath().getParent().resolve("broker-path");
    Path dir = Path.of(System.getProperty("bench.brokerPath", defaultDir.toString())).toAbsolutePath();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no broker path at " + dir + ": build the module with mvn package");
    }
    return System.getProperty("java.class.path") + File.pathSeparator + dir.resolve("*");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
