package io.hookwire.it.contract;

/**
 * A real server on a free loopback port, serving a {@code Hookwire} through one adapter. Each
 * adapter's tests say how to start one; the contract suite does the rest.
 */
public interface AdapterServer extends AutoCloseable {

  /** The port the server listens on. */
  int port();

  /** The path prefix the adapter is mounted under, such as {@code /hooks}; empty for none. */
  default String prefix() {
    return "";
  }

  /** Stops the server. */
  @Override
  void close() throws Exception;
}
