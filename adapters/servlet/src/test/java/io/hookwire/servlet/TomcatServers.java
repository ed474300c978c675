package io.hookwire.servlet;

import io.hookwire.it.contract.ServerFactory;
import io.hookwire.runtime.Hookwire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat 11 servers on free loopback ports, with a {@link HookwireServlet} registered as
 * its Javadoc tells Tomcat users to (async supported, loaded on start-up), and the application's
 * {@code GET /health} in a servlet of its own at an exact path under the same prefix, which wins
 * over the prefix's mapping.
 */
final class TomcatServers implements ServerFactory {
  // Tomcat logs through java.util.logging, at INFO for every start and stop. The levels are set on
  // loggers held here, as java.util.logging forgets a logger nobody references, and its level too.
  private static final List<Logger> QUIET =
      warningsOnly("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat");

  // Tomcat takes its home (the JVM-wide property catalina.home) from the first server's base
  // directory when none is set, and makes that directory again at every later start, after the
  // first server deleted it. One empty home for every server of the JVM, removed when it exits.
  static {
    oneHomeForTheJvm();
  }

  private final String contextPath;
  private final String mapping;

  private TomcatServers(String contextPath, String mapping) {
    this.contextPath = contextPath;
    this.mapping = mapping;
  }

  /** The servlet at {@code /*} in the root context. */
  static TomcatServers atRoot() {
    return new TomcatServers("", "/*");
  }

  /** The servlet at {@code /hooks/*} in the context {@code /app}. */
  static TomcatServers underPrefix() {
    return new TomcatServers("/app", "/hooks/*");
  }

  private static List<Logger> warningsOnly(String... names) {
    List<Logger> loggers = Stream.of(names).map(Logger::getLogger).toList();
    loggers.forEach(logger -> logger.setLevel(Level.WARNING));
    return loggers;
  }

  private static void oneHomeForTheJvm() {
    if (System.getProperty("catalina.home") != null) {
      return;
    }
    try {
      Path home = Files.createTempDirectory("hookwire-tomcat-home");
      home.toFile().deleteOnExit();
      System.setProperty("catalina.home", home.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the mapping puts before a receiver's path: {@code /hooks} for {@code /hooks/*}. */
  private String mappingPrefix() {
    return mapping.substring(0, mapping.length() - 2);
  }

  @Override
  public RunningServer start(Hookwire hookwire) throws Exception {
    // Tomcat writes its work directories under its base directory: one of its own per server,
    // rather than "tomcat.0" in the module's folder.
    Path baseDir = Files.createTempDirectory("hookwire-tomcat");
    Tomcat tomcat = new Tomcat();
    try {
      tomcat.setBaseDir(baseDir.toString());
      tomcat.setPort(0);
      Connector connector = tomcat.getConnector();
      connector.setProperty("address", "127.0.0.1");

      StandardContext context = (StandardContext) tomcat.addContext(contextPath, baseDir.toString());
      // These leak checks, run when a context stops, are for web applications redeployed in a
      // long-lived Tomcat; on Java 17 they need --add-opens, and without it only warn at each stop.
      context.setClearReferencesRmiTargets(false);
      context.setClearReferencesThreadLocals(false);
      Wrapper hooks = Tomcat.addServlet(context, "hookwire", new HookwireServlet(hookwire));
      hooks.setAsyncSupported(true);
      // Loaded with the context, so that Hookwire's start-up runs when Tomcat starts.
      hooks.setLoadOnStartup(1);
      context.addServletMappingDecoded(mapping, "hookwire");
      Tomcat.addServlet(context, "health", new HealthServlet());
      context.addServletMappingDecoded(mappingPrefix() + "/health", "health");

      tomcat.start();
      return new RunningServer(connector.getLocalPort(), contextPath + mappingPrefix(), () -> shutDown(tomcat, baseDir));
    } catch (Exception | Error e) {
      shutDown(tomcat, baseDir);
      throw e;
    }
  }

  // Stops Tomcat and deletes its base directory.
  private static void shutDown(Tomcat tomcat, Path baseDir) {
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException("The test server did not stop", e);
    } finally {
      delete(baseDir);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The test server's base directory was not deleted", e);
    }
  }
}
