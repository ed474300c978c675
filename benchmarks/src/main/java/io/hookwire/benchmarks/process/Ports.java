package io.hookwire.benchmarks.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for the servers the benchmarks start. */
public final class Ports {
  private Ports() {}

  /**
   * A loopback port free a moment ago. Another process could take it before the server binds it;
   * the server then fails to start and the run stops, which is rare enough to accept.
   */
  public static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
