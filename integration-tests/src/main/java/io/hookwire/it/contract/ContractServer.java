package io.hookwire.it.contract;

import io.hookwire.runtime.Hookwire;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of every contract: starts servers through the adapter under test and stops them after
 * each test. A contract class is abstract; each adapter's tests extend it in a {@code @Nested}
 * class that names the adapter's {@link ServerFactory}.
 */
public abstract class ContractServer {
  private AdapterServer server;

  /** How the adapter under test starts a server. */
  protected abstract ServerFactory servers();

  /** Starts a server for {@code hookwire}, stopped after the test; a client for it. */
  protected final Loopback serve(Hookwire hookwire) throws Exception {
    stopServer();
    server = servers().start(hookwire);
    return new Loopback(server);
  }

  @AfterEach
  final void stopServer() throws Exception {
    if (server != null) {
      AdapterServer running = server;
      server = null;
      running.close();
    }
  }
}
