package io.hookwire.runtime.server;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.server.BlockingBodyReader.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Reading a body from a blocking stream within its limit and its time. */
class BlockingBodyReaderTest {
  private static final long NONE_DECLARED = -1;
  private static final Duration PLENTY = Duration.ofMinutes(5);
  private static final BlockingBodyReader.ReadBound UNBOUNDED = millisLeft -> {};

  private static byte[] bytes(int size) {
    byte[] body = new byte[size];
    for (int i = 0; i < size; i++) {
      body[i] = (byte) (i * 31);
    }
    return body;
  }

  @Test
  void aBodyThatEndsIsComplete() throws IOException {
    BodyBuffer buffer = new BodyBuffer(100, NONE_DECLARED);

    Outcome outcome = BlockingBodyReader.read(
        new ByteArrayInputStream("{\"ok\":true}".getBytes(US_ASCII)), buffer, BodyDeadline.after(PLENTY), UNBOUNDED);

    assertEquals(Outcome.COMPLETE, outcome);
    assertArrayEquals("{\"ok\":true}".getBytes(US_ASCII), buffer.toByteArray());
  }

  @Test
  void aBodyOfManyReadsArrivesWhole() throws IOException {
    byte[] body = bytes(200_000);
    BodyBuffer buffer = new BodyBuffer(body.length, body.length);

    Outcome outcome = BlockingBodyReader.read(new ByteArrayInputStream(body), buffer, BodyDeadline.after(PLENTY), UNBOUNDED);

    assertEquals(Outcome.COMPLETE, outcome);
    assertArrayEquals(body, buffer.toByteArray());
  }

  @Test
  void anEmptyBodyIsComplete() throws IOException {
    BodyBuffer buffer = new BodyBuffer(100, 0);

    assertEquals(Outcome.COMPLETE,
        BlockingBodyReader.read(new ByteArrayInputStream(new byte[0]), buffer, BodyDeadline.after(PLENTY), UNBOUNDED));
    assertEquals(0, buffer.size());
  }

  @Test
  void aBodyOverTheLimitStopsTheReadingAndLeavesTheRestUnread() throws IOException {
    InputStream body = new ByteArrayInputStream(bytes(1_000_000));
    BodyBuffer buffer = new BodyBuffer(1000, NONE_DECLARED);

    Outcome outcome = BlockingBodyReader.read(body, buffer, BodyDeadline.after(PLENTY), UNBOUNDED);

    assertEquals(Outcome.TOO_LARGE, outcome);
    assertTrue(buffer.size() <= 1000);
    assertTrue(body.available() > 900_000, "read on after the limit: " + body.available() + " bytes left");
  }

  @Test
  void aDeadlinePassedAlreadyReadsNothing() throws IOException {
    InputStream body = new ByteArrayInputStream(bytes(100));
    BodyBuffer buffer = new BodyBuffer(1000, NONE_DECLARED);

    Outcome outcome = BlockingBodyReader.read(body, buffer, BodyDeadline.after(Duration.ZERO), UNBOUNDED);

    assertEquals(Outcome.TIMED_OUT, outcome);
    assertEquals(100, body.available());
  }

  @Test
  void aBodyThatArrivesThroughAPipeAndEndsIsComplete() throws Exception {
    PipedInputStream body = new PipedInputStream();
    // Connected before the client starts: a read before the connection would fail on its own.
    PipedOutputStream sent = new PipedOutputStream(body);
    Thread client = new Thread(() -> {
      try (PipedOutputStream out = sent) {
        for (int part = 0; part < 50; part++) {
          out.write(("part " + part + ";").getBytes(US_ASCII));
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    BodyBuffer buffer = new BodyBuffer(10_000, NONE_DECLARED);

    Outcome outcome;
    try (InterruptingBound bound = new InterruptingBound(millisLeft -> millisLeft + 1)) {
      client.start();
      outcome = BlockingBodyReader.read(body, buffer, BodyDeadline.after(PLENTY), bound);
    }
    client.join();

    assertEquals(Outcome.COMPLETE, outcome);
    assertTrue(new String(buffer.toByteArray(), US_ASCII).startsWith("part 0;part 1;"));
    assertTrue(new String(buffer.toByteArray(), US_ASCII).endsWith("part 49;"));
  }

  @Test
  void aBodyThatStallsTimesOutInsteadOfBlockingForeverAndKeepsWhatArrived() throws Exception {
    Duration timeout = Duration.ofMillis(200);
    PipedInputStream body = new PipedInputStream();
    try (PipedOutputStream client = new PipedOutputStream(body);
        // The server fails the blocked read once the time the reader asked for is over, never before.
        InterruptingBound bound = new InterruptingBound(millisLeft -> millisLeft + 1)) {
      client.write("{\"id\":".getBytes(US_ASCII));
      BodyBuffer buffer = new BodyBuffer(1000, NONE_DECLARED);

      Outcome outcome = BlockingBodyReader.read(body, buffer, BodyDeadline.after(timeout), bound);

      assertEquals(Outcome.TIMED_OUT, outcome);
      assertArrayEquals("{\"id\":".getBytes(US_ASCII), buffer.toByteArray());
      assertFalse(bound.asked().isEmpty(), "a read that could wait was not bounded");
      assertTrue(bound.asked().stream().allMatch(millis -> millis > 0 && millis <= timeout.toMillis()), bound.asked()::toString);
    }
  }

  @Test
  void aServerTimeoutCountsAsTimedOutEvenBeforeTheDeadline() throws Exception {
    // Jetty counts its idle timeout from the connection's last activity, so it may end a read a
    // moment before the deadline: that is still the client's slowness, not a broken body.
    PipedInputStream pipe = new PipedInputStream();
    try (PipedOutputStream client = new PipedOutputStream(pipe);
        InterruptingBound bound = new InterruptingBound(millisLeft -> 0)) {
      BodyBuffer buffer = new BodyBuffer(1000, NONE_DECLARED);

      Outcome outcome = BlockingBodyReader.read(new IdleTimeoutInput(pipe), buffer, BodyDeadline.after(PLENTY), bound);

      assertEquals(Outcome.TIMED_OUT, outcome);
    }
  }

  @Test
  void aBodyDrippedBelowTheMinimumRateTimesOutSoonAfterTheGraceNotAtTheTimeout() throws IOException {
    AtomicLong clock = new AtomicLong();
    BodyDeadline deadline = BodyDeadline.after(PLENTY, 1024, Duration.ofSeconds(2), clock::get);
    // One byte a second of a body that would take ten minutes.
    PacedInput body = new PacedInput(clock, Duration.ofSeconds(1), 1, 600);
    BodyBuffer buffer = new BodyBuffer(1000, 600);

    Outcome outcome = BlockingBodyReader.read(body, buffer, deadline, UNBOUNDED);

    assertEquals(Outcome.TIMED_OUT, outcome);
    assertEquals(Duration.ofSeconds(3).toNanos(), clock.get(), "cut at the first byte late for the rate");
    assertFalse(deadline.timeoutPassed());
  }

  @Test
  void aBodySlowButAboveTheMinimumRateIsComplete() throws IOException {
    AtomicLong clock = new AtomicLong();
    BodyDeadline deadline = BodyDeadline.after(PLENTY, 1024, Duration.ofSeconds(2), clock::get);
    // 2 KiB a second, for 20 seconds.
    PacedInput body = new PacedInput(clock, Duration.ofMillis(500), 1024, 40 * 1024);
    BodyBuffer buffer = new BodyBuffer(100_000, 40 * 1024);

    Outcome outcome = BlockingBodyReader.read(body, buffer, deadline, UNBOUNDED);

    assertEquals(Outcome.COMPLETE, outcome);
    assertEquals(40 * 1024, buffer.size());
  }

  @Test
  void eachWaitIsBoundedByTheTimeLeftForTheBytesReceivedSoFar() throws IOException {
    AtomicLong clock = new AtomicLong();
    BodyDeadline deadline = BodyDeadline.after(PLENTY, 1000, Duration.ofSeconds(1), clock::get);
    // 500 bytes every 100 ms: each part brings the next bytes' time half a second further.
    PacedInput body = new PacedInput(clock, Duration.ofMillis(100), 500, 1500);
    List<Long> asked = new ArrayList<>();

    Outcome outcome = BlockingBodyReader.read(body, new BodyBuffer(10_000, 1500), deadline, asked::add);

    assertEquals(Outcome.COMPLETE, outcome);
    // Due at 1 s, 1.5 s, 2 s and 2.5 s after the head; asked at 0, 100, 200 and 300 ms.
    assertEquals(List.of(1000L, 1400L, 1800L, 2200L), asked);
  }

  @Test
  void aClientThatGoesAwayMidBodyIsAnErrorNotACompleteBody() throws Exception {
    // A truncated body handled as whole would dispatch half an event: the reading must fail.
    PipedInputStream body = new PipedInputStream();
    PipedOutputStream out = new PipedOutputStream(body);
    Thread client = new Thread(() -> {
      try {
        out.write("{\"id\":".getBytes(US_ASCII));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      // Ends without closing the stream, as a client whose connection dropped.
    });
    client.start();
    client.join();
    BodyBuffer buffer = new BodyBuffer(1000, NONE_DECLARED);

    assertThrows(IOException.class,
        () -> BlockingBodyReader.read(body, buffer, BodyDeadline.after(PLENTY), UNBOUNDED));
  }
}
