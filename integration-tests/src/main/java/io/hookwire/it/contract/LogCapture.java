package io.hookwire.it.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The lines logged while it is open. The tests log through SLF4J's simple logger, which writes each
 * line to whatever {@code System.err} is at that moment; this replaces it with a stream that keeps
 * a copy and still prints, and puts the original back on {@link #close()}. {@code System.err} is
 * one for the whole JVM, so this suits tests that run one at a time, as the contracts do.
 */
public final class LogCapture implements AutoCloseable {
  private final PrintStream original;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  private LogCapture(PrintStream original) {
    this.original = original;
  }

  /** Starts capturing. */
  public static LogCapture start() {
    LogCapture capture = new LogCapture(System.err);
    System.setErr(new PrintStream(new Tee(capture.original, capture.copy), true, StandardCharsets.UTF_8));
    return capture;
  }

  /** The lines logged so far. */
  public List<String> lines() {
    return copy.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The lines at {@code ERROR} or {@code WARN}, and the lines of any stack trace. */
  public List<String> alarms() {
    return lines().stream()
        .filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || line.startsWith("\tat "))
        .toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }

  /** Writes to both streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }
  }
}
