package io.hookwire.runtime.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeoutException;

/**
 * A request body as Jetty hands it over: a read that its idle timeout ended fails with an
 * {@link IOException} caused by a {@link TimeoutException}. Here the read ends by interruption
 * (see {@link InterruptingBound}), and this stream reports it the way the server would.
 */
final class IdleTimeoutInput extends FilterInputStream {

  IdleTimeoutInput(InputStream body) {
    super(body);
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    try {
      return super.read(target, offset, length);
    } catch (InterruptedIOException e) {
      throw new IOException("Idle timeout expired", new TimeoutException("Idle timeout expired"));
    }
  }
}
