package io.hookwire.jetty;

import io.hookwire.it.contract.AdapterServer;
import org.eclipse.jetty.server.Server;

/** A started Jetty server for tests: its port, the context path Hookwire is mounted under, and the server. */
// Stopping a Jetty server may be interrupted, which a test that closes it simply fails with.
@SuppressWarnings("try")
record JettyServer(Server server, int port, String prefix) implements AdapterServer {

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
