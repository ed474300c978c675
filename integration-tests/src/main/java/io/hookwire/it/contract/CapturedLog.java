package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines logged while it is open, read from {@code System.err}: SLF4J's simple logger, which
 * the adapters' tests log with, looks {@code System.err} up for every line, so swapping it is
 * enough to see what Hookwire and the server logged. Every line still reaches the original stream
 * too. {@code System.err} is one for the whole JVM, so this suits tests that run one at a time, as
 * the contracts do.
 */
final class CapturedLog implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  private CapturedLog() {
    System.setErr(new PrintStream(new Both(original, captured), true, StandardCharsets.UTF_8));
  }

  /** Starts capturing; {@link #close()} puts {@code System.err} back. */
  static CapturedLog start() {
    return new CapturedLog();
  }

  /** The lines captured so far. */
  List<String> lines() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Override
  public void close() {
    System.setErr(original);
  }

  private static final class Both extends OutputStream {
    private final PrintStream original;
    private final ByteArrayOutputStream copy;

    Both(PrintStream original, ByteArrayOutputStream copy) {
      this.original = original;
      this.copy = copy;
    }

    @Override
    public void write(int b) {
      synchronized (copy) {
        copy.write(b);
      }
      original.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (copy) {
        copy.write(bytes, offset, length);
      }
      original.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      original.flush();
    }
  }
}
