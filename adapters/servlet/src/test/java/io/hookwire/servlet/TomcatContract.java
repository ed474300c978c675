package io.hookwire.servlet;

import io.hookwire.it.contract.BasePathContract;
import io.hookwire.it.contract.BodyInputContract;
import io.hookwire.it.contract.ClientGoneContract;
import io.hookwire.it.contract.DeliveryIdContract;
import io.hookwire.it.contract.DrippingConnectionsContract;
import io.hookwire.it.contract.FuzzContract;
import io.hookwire.it.contract.GracefulStopContract;
import io.hookwire.it.contract.PipelineContract;
import io.hookwire.it.contract.ServerFactory;
import io.hookwire.it.contract.SlowBodyContract;
import org.junit.jupiter.api.Nested;

/**
 * The contracts that hold for {@link HookwireServlet} on Tomcat, which answers some requests itself
 * before any servlet runs, so that these contracts' rows differ there: it refuses encoded slashes
 * and other path tricks with its own {@code 400}, answers {@code TRACE} with its own {@code 405},
 * and sends {@code 100 Continue} before the servlet could refuse a declared length. The
 * request-mapping, path, header, method, body-limit and start-up contracts run on Jetty.
 */
abstract class TomcatContract {
  /** How the Tomcat server under test starts. */
  protected abstract ServerFactory servers();

  @Nested
  class Pipeline extends PipelineContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class BasePath extends BasePathContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class GracefulStop extends GracefulStopContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class SlowBody extends SlowBodyContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class DrippingConnections extends DrippingConnectionsContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class BodyInput extends BodyInputContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class DeliveryId extends DeliveryIdContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class ClientGone extends ClientGoneContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }

  @Nested
  class Fuzz extends FuzzContract {
    @Override
    protected ServerFactory servers() {
      return TomcatContract.this.servers();
    }
  }
}
