package io.hookwire.jetty;

import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/** The adapter contract, run against {@link HookwireHandler} at a server's root and inside a context. */
class JettyContractTest {
  private static final ServerFactory AT_ROOT = JettyServers.atRoot();
  private static final ServerFactory IN_CONTEXT = JettyServers.inContext("/hooks");

  @Nested
  class Pipeline extends PipelineContract {
    @Override
    protected ServerFactory servers() {
      return AT_ROOT;
    }
  }

  @Nested
  class PipelineInContext extends PipelineContract {
    @Override
    protected ServerFactory servers() {
      return IN_CONTEXT;
    }
  }
}
