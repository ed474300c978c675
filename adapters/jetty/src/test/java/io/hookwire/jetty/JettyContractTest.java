package io.hookwire.jetty;

import io.hookwire.it.contract.AdapterContract;
import io.hookwire.it.contract.ServerFactory;
import org.eclipse.jetty.http.UriCompliance;
import org.junit.jupiter.api.Nested;

/**
 * The adapter contract, run against {@link HookwireHandler} at a server's root and inside a
 * context. Jetty's URI checks are relaxed, so that every path the contract sends reaches Hookwire;
 * with Jetty's defaults some are refused with {@code 400} before any handler runs, as
 * {@link RoutingTest} shows.
 */
class JettyContractTest {
  private static final ServerFactory AT_ROOT = JettyServers.atRoot().withUriCompliance(UriCompliance.UNSAFE);
  private static final ServerFactory IN_CONTEXT = JettyServers.inContext("/hooks").withUriCompliance(UriCompliance.UNSAFE);

  @Nested
  class AtRoot extends AdapterContract {
    @Override
    protected ServerFactory servers() {
      return AT_ROOT;
    }
  }

  @Nested
  class InContext extends AdapterContract {
    @Override
    protected ServerFactory servers() {
      return IN_CONTEXT;
    }
  }
}
