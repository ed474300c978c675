package io.hookwire.servlet;

import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/**
 * The adapter contract, run against {@link HookwireServlet} in Jetty 12: mapped at {@code /*},
 * mapped under a prefix in a context of its own, and without async support, so that bodies are
 * read on the request's thread.
 */
class ServletContractTest {
  private static final ServerFactory AT_ROOT = ServletServers.atRoot();
  private static final ServerFactory UNDER_PREFIX = ServletServers.underPrefix();
  private static final ServerFactory BLOCKING = ServletServers.blocking();

  @Nested
  class AtRoot {
    @Nested
    class Pipeline extends PipelineContract {
      @Override
      protected ServerFactory servers() {
        return AT_ROOT;
      }
    }
  }

  @Nested
  class UnderPrefix {
    @Nested
    class Pipeline extends PipelineContract {
      @Override
      protected ServerFactory servers() {
        return UNDER_PREFIX;
      }
    }
  }

  @Nested
  class Blocking {
    @Nested
    class Pipeline extends PipelineContract {
      @Override
      protected ServerFactory servers() {
        return BLOCKING;
      }
    }
  }
}
