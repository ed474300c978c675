package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * What the adapter brings to an application's class path: neither Spark nor the Jetty 9 it runs
 * on, which would clash with the container's own Jetty or servlet API.
 */
class ClassPathTest {

  @Test
  void sparkIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("spark.Service"));
  }

  @Test
  void theOldServletApiIsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("javax.servlet.http.HttpServlet"));
  }

  @Test
  void theOnlyJettyIsTheTestContainersJetty12() {
    assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
  }
}
