package io.hookwire.runtime.server;

import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A body that arrives in parts of {@code partBytes}, each {@code pause} after the one before, on a
 * clock the test owns: each read moves the clock on by the pause instead of waiting, then returns
 * the next part. Nothing is ever waiting in it ({@link #available()} is 0), so every read is one a
 * reader has to bound.
 */
final class PacedInput extends InputStream {
  private final AtomicLong clock;
  private final Duration pause;
  private final int partBytes;
  private long left;

  PacedInput(AtomicLong clock, Duration pause, int partBytes, long totalBytes) {
    this.clock = clock;
    this.pause = pause;
    this.partBytes = partBytes;
    this.left = totalBytes;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    if (left == 0) {
      return -1;
    }
    clock.addAndGet(pause.toNanos());
    int part = (int) Math.min(Math.min(partBytes, length), left);
    for (int i = 0; i < part; i++) {
      target[offset + i] = 'x';
    }
    left -= part;
    return part;
  }

  @Override
  public int available() {
    return 0;
  }
}
