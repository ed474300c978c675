package io.hookwire.benchmarks.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh JVM running one of this module's main classes on the same class path, so that each
 * measurement starts cold and none inherits another's JIT state, heap or loaded classes. Its
 * standard error goes to a log file; its standard output is read line by line by the parent.
 */
public final class JavaProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader output;

  private JavaProcess(Process process) {
    this.process = process;
    this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code mainClass} with {@code jvmArgs} and {@code args}, standard error to {@code log}. */
  public static JavaProcess start(Class<?> mainClass, List<String> jvmArgs, List<String> args, Path log) {
    return start(mainClass.getName(), System.getProperty("java.class.path"), jvmArgs, args, log);
  }

  /**
   * Starts {@code mainClass} on {@code classPath} rather than this JVM's own: for servers whose
   * dependencies cannot share a class path with this module's (Jetty 12 beside Spark's Jetty 9).
   */
  public static JavaProcess start(String mainClass, String classPath, List<String> jvmArgs, List<String> args,
      Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(args);
    try {
      return new JavaProcess(new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + mainClass, e);
    }
  }

  /** The next line the process printed, or {@code null} once it closed its output. */
  public String readLine() throws IOException {
    return output.readLine();
  }

  /** Reads lines until one starts with {@code prefix}, and returns it. */
  public String awaitLine(String prefix) throws IOException {
    for (String line = readLine(); line != null; line = readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new IOException("the process ended before printing " + prefix + "; exit " + waitForExit());
  }

  /** The CPU time the process has used so far, every thread included, in nanoseconds. */
  public long cpuNanos() {
    return process.info().totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("the OS does not report the CPU time of processes"))
        .toNanos();
  }

  /** Waits for the process to end on its own, and returns its exit code. */
  public int waitForExit() {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Asks the process to stop by closing its standard input, then ends it if it does not. */
  @Override
  public void close() throws IOException {
    process.getOutputStream().close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
