package io.hookwire.servlet;

import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/**
 * The adapter contract, run against {@link HookwireServlet} in embedded Tomcat 11: mapped at
 * {@code /*}, and mapped under a prefix in a context of its own.
 */
class TomcatContractTest {
  private static final ServerFactory AT_ROOT = TomcatServers.atRoot();
  private static final ServerFactory UNDER_PREFIX = TomcatServers.underPrefix();

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
}
