package io.hookwire.servlet;

import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/**
 * The contracts that hold on Tomcat ({@link TomcatContract}), run against {@link HookwireServlet}
 * in embedded Tomcat 11: mapped at {@code /*}, and mapped under a prefix in a context of its own.
 */
class TomcatContractTest {
  private static final ServerFactory AT_ROOT = TomcatServers.atRoot();
  private static final ServerFactory UNDER_PREFIX = TomcatServers.underPrefix();

  @Nested
  class AtRoot extends TomcatContract {
    @Override
    protected ServerFactory servers() {
      return AT_ROOT;
    }
  }

  @Nested
  class UnderPrefix extends TomcatContract {
    @Override
    protected ServerFactory servers() {
      return UNDER_PREFIX;
    }
  }
}
