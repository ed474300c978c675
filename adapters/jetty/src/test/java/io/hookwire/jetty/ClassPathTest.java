package io.hookwire.jetty;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code hookwire-jetty} brings onto an application's class path: Jetty 12, and no Spark. */
class ClassPathTest {

  @Test
  void jettyIsJetty12() {
    assertTrue(Jetty.VERSION.startsWith("12."), Jetty.VERSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "spark.Service",                                   // Spark
      "org.eclipse.jetty.server.handler.HandlerWrapper", // Jetty 9 to 11, gone in 12
      "javax.servlet.Servlet",                           // the servlet API of Spark's Jetty 9
      "jakarta.servlet.Servlet"                          // no servlet layer at all
  })
  void nothingElseComesAlong(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className, false, getClass().getClassLoader()));
  }
}
