package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.catalina.util.ServerInfo;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.Test;

/**
 * What the adapter brings to an application's class path: neither Spark nor the Jetty 9 it runs
 * on, which would clash with the container's own Jetty or servlet API. And how the tests' two
 * containers share theirs.
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

  @Test
  void theTomcatIsTomcat11() {
    assertTrue(ServerInfo.getServerNumber().startsWith("11.0."), ServerInfo.getServerNumber());
  }

  /**
   * Tomcat's jar carries its own copy of the {@code jakarta.servlet} classes, beside the API jar
   * the adapter is compiled against. Both are Servlet 6.1 with the same public API, so either
   * copy serves both containers; what must not happen is a mix, as classes of one package taken
   * from two jars could disagree on what is not public. The API jar is declared first, so every
   * class of the API comes from it.
   */
  @Test
  void bothContainersShareOneCopyOfTheServletApi() {
    List<Class<?>> api = List.of(HttpServlet.class, ServletRequest.class, AsyncContext.class, ReadListener.class,
        HttpServletMapping.class, Cookie.class);

    Set<URL> sources = api.stream()
        .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
        .collect(Collectors.toSet());

    assertEquals(1, sources.size(), sources::toString);
    String jar = sources.iterator().next().getPath();
    assertTrue(jar.substring(jar.lastIndexOf('/') + 1).startsWith("jakarta.servlet-api-"), jar);
  }
}
