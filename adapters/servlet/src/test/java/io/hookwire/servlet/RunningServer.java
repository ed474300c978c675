package io.hookwire.servlet;

import io.hookwire.it.contract.AdapterServer;

/** A started test container: where it listens, where Hookwire is mapped, and how it stops. */
final class RunningServer implements AdapterServer {
  private final int port;
  private final String prefix;
  private final Runnable stop;

  RunningServer(int port, String prefix, Runnable stop) {
    this.port = port;
    this.prefix = prefix;
    this.stop = stop;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String prefix() {
    return prefix;
  }

  @Override
  public void close() {
    stop.run();
  }
}
