package io.hookwire.benchmarks.http;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The servers figure 2 measures, each started in a JVM of its own. The Jetty 12 servers live in a
 * jar of their own ({@code benchmarks/jetty12}), since Jetty 12 and Spark's Jetty 9 share artifact
 * names and cannot be on one class path.
 */
enum ServerVariant {
  SPARK_HOOKWIRE("Hookwire on Spark", Servers.SPARK, "hookwire"),
  SPARK_HAND_WRITTEN("hand-written Spark route", Servers.SPARK, "hand-written"),
  JETTY_RAW("raw Jetty 12 handler", Servers.JETTY12, "raw-jetty"),
  JETTY_HOOKWIRE("HookwireHandler on Jetty 12", Servers.JETTY12, "hookwire-jetty"),
  SERVLET_HOOKWIRE("HookwireServlet on Jetty 12 ee10", Servers.JETTY12, "hookwire-servlet");

  /** Where the Jetty 12 servers' jar is, unless {@code -Dbench.jetty12Jar} says otherwise. */
  private static final Path JETTY12_JAR = Path.of("benchmarks", "jetty12", "target", "hookwire-benchmark-jetty12.jar");

  private final String label;
  private final Servers servers;
  private final String argument;

  ServerVariant(String label, Servers servers, String argument) {
    this.label = label;
    this.servers = servers;
    this.argument = argument;
  }

  /** How the report names it. */
  String label() {
    return label;
  }

  /** The argument that selects it in its server's main class. */
  String argument() {
    return argument;
  }

  /** The main class that serves it. */
  String mainClass() {
    return servers == Servers.SPARK ? LoadServer.class.getName() : "io.hookwire.benchmarks.jetty12.Jetty12LoadServer";
  }

  /** The class path to run {@link #mainClass()} on. */
  String classPath() {
    if (servers == Servers.SPARK) {
      return System.getProperty("java.class.path");
    }
    Path jar = Path.of(System.getProperty("bench.jetty12Jar", JETTY12_JAR.toString())).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with benchmarks/run, or mvn -pl benchmarks/jetty12 -am package");
    }
    return jar.toString();
  }

  private enum Servers { SPARK, JETTY12 }
}
