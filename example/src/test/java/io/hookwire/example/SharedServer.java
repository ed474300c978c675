package io.hookwire.example;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link TestServer} for all the tests of a class, started before the first and stopped after
 * the last: {@code @RegisterExtension static final SharedServer SERVER = new SharedServer();}.
 */
final class SharedServer implements BeforeAllCallback, AfterAllCallback {
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = TestServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  TestServer get() {
    return server;
  }
}
