package io.hookwire.runtime.hardening;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link ProbeServer} for all the tests of a class, its calls forgotten before each test:
 * {@code @RegisterExtension static final SharedProbeServer server = new SharedProbeServer(limit);}.
 * For tests whose requests leave no state behind on the server.
 */
final class SharedProbeServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final long maxBodyBytes;
  private ProbeServer server;

  SharedProbeServer(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The running server. */
  ProbeServer get() {
    return server;
  }

  /** What the probes were asked to do in the current test. */
  Calls calls() {
    return server.calls();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = ProbeServer.start(maxBodyBytes);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.calls().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }
}
