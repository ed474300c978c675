package io.hookwire.servlet;

import io.hookwire.it.contract.AdapterContract;
import io.hookwire.it.contract.BodyLimitContract;
import io.hookwire.it.contract.DrippingConnectionsContract;
import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import org.junit.jupiter.api.Nested;

/**
 * The adapter contract, run against {@link HookwireServlet} in Jetty 12: mapped at {@code /*} and
 * mapped under a prefix in a context of its own, each with the whole contract. Jetty's URI checks
 * are relaxed, so that every path the contract sends reaches Hookwire; with Jetty's defaults some
 * are refused with {@code 400} before any servlet runs, as {@link RawRequestTest} shows.
 *
 * <p>Without async support the servlet reads bodies on the request's thread, and the servlet API
 * cannot bound one blocking read: a body that stalls is cut by the container's idle timeout, not
 * by Hookwire's deadline ({@link BodyDeadlineTest}). That variant runs the contracts that hold for
 * it: the pipeline, the body limit, and the dripping connections, whose bodies keep coming, so that
 * the minimum rate ends them between reads, while the bound on bodies read at once leaves threads
 * for the rest.
 */
class ServletContractTest {
  private static final ServerFactory AT_ROOT = ServletServers.atRoot().lenientUris();
  private static final ServerFactory UNDER_PREFIX = ServletServers.underPrefix().lenientUris();
  private static final ServerFactory BLOCKING = ServletServers.blocking().lenientUris();

  @Nested
  class AtRoot extends AdapterContract {
    @Override
    protected ServerFactory servers() {
      return AT_ROOT;
    }
  }

  @Nested
  class UnderPrefix extends AdapterContract {
    @Override
    protected ServerFactory servers() {
      return UNDER_PREFIX;
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

    @Nested
    class BodyLimit extends BodyLimitContract {
      @Override
      protected ServerFactory servers() {
        return BLOCKING;
      }
    }

    @Nested
    class DrippingConnections extends DrippingConnectionsContract {
      @Override
      protected ServerFactory servers() {
        return BLOCKING;
      }
    }
  }
}
