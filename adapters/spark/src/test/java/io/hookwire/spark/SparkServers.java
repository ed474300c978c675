package io.hookwire.spark;

import io.hookwire.it.contract.AdapterServer;
import io.hookwire.it.contract.ServerFactory;
import io.hookwire.runtime.Hookwire;
import spark.Service;

/** Spark servers on free loopback ports, with Hookwire mounted by {@link HookwireSpark}. */
final class SparkServers implements ServerFactory {

  @Override
  public AdapterServer start(Hookwire hookwire) throws Exception {
    Service http = Service.ignite().ipAddress("127.0.0.1").port(0);
    // Spark's default handler would end the JVM when the server fails to start.
    http.initExceptionHandler(e -> {
      throw new IllegalStateException("The test server did not start", e);
    });
    HookwireSpark.mount(hookwire, http);
    http.get("/health", (request, response) -> "up");
    http.init();
    http.awaitInitialization();
    return new AdapterServer() {
      @Override
      public int port() {
        return http.port();
      }

      @Override
      public void close() {
        http.stop();
        http.awaitStop();
      }
    };
  }
}
