package io.hookwire.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * What a Javalin 7 application with {@code hookwire-servlet} has on its class path: neither Spark
 * nor the Jetty 9 and {@code javax.servlet} it runs on, and one Jetty, 12.x, at the version this
 * project pins.
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
  void theJettyIsJetty12() {
    assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
  }

  @Test
  void theJettyIsTheVersionThisProjectPinsNotJavalinsOwn() {
    String pinned = System.getProperty("hookwire.jetty.version");
    assertNotNull(pinned, "the build sets hookwire.jetty.version from the parent pom's jetty.version");
    assertEquals(pinned, Jetty.VERSION);
  }
}
