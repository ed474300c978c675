package io.hookwire.it.contract;

import io.hookwire.runtime.Hookwire;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of every contract: starts servers through the adapter under test and stops them after
 * each test. A contract class is abstract; {@link AdapterContract} runs every one of them against
 * the adapter its subclass names.
 */
public abstract class ContractServer {
  private final List<AdapterServer> servers = new ArrayList<>();

  /** How the adapter under test starts a server. */
  protected abstract ServerFactory servers();

  /**
   * Starts a server for {@code hookwire}, besides any this test started already, stopped after the
   * test; a client for it. Safe to call from several threads at once.
   */
  protected final Loopback serve(Hookwire hookwire) throws Exception {
    AdapterServer server = servers().start(hookwire);
    synchronized (servers) {
      servers.add(server);
    }
    return new Loopback(server);
  }

  @AfterEach
  final void stopServers() throws Exception {
    List<AdapterServer> running;
    synchronized (servers) {
      running = new ArrayList<>(servers);
      servers.clear();
    }
    Exception failure = null;
    for (AdapterServer server : running) {
      try {
        server.close();
      } catch (Exception e) {
        // Every server is stopped even when one fails to, so none outlives its test.
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
