package io.hookwire.it.contract;

import org.junit.jupiter.api.Nested;

/**
 * The whole contract for one adapter: a test class extends it and names its {@link ServerFactory},
 *
 * <pre>{@code
 * class SparkContractTest extends AdapterContract {
 *   protected ServerFactory servers() {
 *     return new SparkServers();
 *   }
 * }
 * }</pre>
 *
 * <p>and JUnit runs every contract below as a nested class of it: JUnit Jupiter finds
 * {@code @Nested} classes inherited from a superclass, and makes each with the test class's
 * instance as its enclosing one, so {@code AdapterContract.this.servers()} is the adapter's. A
 * contract added to the suite is added here, and every adapter runs it.
 */
public abstract class AdapterContract {

  /** How the adapter under test starts a server. */
  protected abstract ServerFactory servers();

  @Nested
  class Pipeline extends PipelineContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class RequestMapping extends RequestMappingContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class BasePath extends BasePathContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Startup extends StartupContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class GracefulStop extends GracefulStopContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class BodyLimit extends BodyLimitContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class SlowBody extends SlowBodyContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class DrippingConnections extends DrippingConnectionsContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class BodyInput extends BodyInputContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class DeliveryId extends DeliveryIdContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Method extends MethodContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class FormBody extends FormBodyContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Handshake extends HandshakeContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Path extends PathContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Header extends HeaderContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class ClientGone extends ClientGoneContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }

  @Nested
  class Fuzz extends FuzzContract {
    @Override
    protected ServerFactory servers() {
      return AdapterContract.this.servers();
    }
  }
}
