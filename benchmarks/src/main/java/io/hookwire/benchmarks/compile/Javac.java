package io.hookwire.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's javac, in process, compiling a set of sources against this module's class path, with
 * Hookwire's processor on the processor path or with annotation processing off. Each call starts
 * from empty output directories and a fresh file manager, as a clean build would.
 */
public final class Javac {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * How long one compilation took.
   *
   * @param wallNanos elapsed time
   * @param cpuNanos CPU time of the compiling thread: javac runs on the caller's thread, so this
   *     leaves out time spent waiting for a core that other processes held
   * @param processorCpuNanos the part of {@code cpuNanos} spent inside the processor, when it was
   *     handed to javac as an instance; 0 otherwise
   */
  public record Timing(long wallNanos, long cpuNanos, long processorCpuNanos) {}

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final String classPath;

  /** A javac that resolves against {@code classPath}. */
  public Javac(String classPath) {
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK, not a JRE");
    }
    this.classPath = classPath;
  }

  /**
   * Compiles {@code sources} into {@code output}/classes (and generated sources into
   * {@code output}/generated) and returns the time javac took.
   *
   * @param processing how annotation processing runs
   * @throws IllegalStateException if the compilation fails
   */
  public Timing compile(List<Path> sources, Path output, Processing processing) throws IOException {
    Path classes = fresh(output.resolve("classes"));
    Path generated = fresh(output.resolve("generated"));
    List<String> options = new ArrayList<>(List.of(
        "-d", classes.toString(), "-classpath", classPath, "-encoding", "UTF-8", "-nowarn", "-Xlint:none"));
    options.addAll(processing.options(generated));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      processing.processor().ifPresent(processor -> task.setProcessors(List.of(processor)));
      long start = System.nanoTime();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      boolean compiled = task.call();
      Timing took = new Timing(System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - startCpu,
          processing.processor().map(TimedProcessor::cpuNanos).orElse(0L));
      if (!compiled) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics().stream()
            .limit(5).map(Object::toString).collect(Collectors.joining("\n")));
      }
      return took;
    }
  }

  /** Empties {@code dir}, creating it if needed. */
  public static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(Javac::delete);
      }
    }
    return Files.createDirectories(dir);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
