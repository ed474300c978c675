package io.hookwire.runtime.server;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body is collected up to its limit whatever its {@code Content-Length} claims. */
class BodyBufferTest {
  private static final long NONE_DECLARED = -1;

  private static byte[] ascii(String text) {
    return text.getBytes(US_ASCII);
  }

  private static BodyBuffer filled(long limit, long declared, String... chunks) {
    BodyBuffer buffer = new BodyBuffer(limit, declared);
    for (String chunk : chunks) {
      buffer.append(ascii(chunk), 0, chunk.length());
    }
    return buffer;
  }

  @Test
  void aBodyArrivingInChunksIsKeptInOrder() {
    BodyBuffer buffer = filled(100, NONE_DECLARED, "{\"id\":", "\"A-1\"", "}");

    assertEquals(12, buffer.size());
    assertArrayEquals(ascii("{\"id\":\"A-1\"}"), buffer.toByteArray());
    assertFalse(buffer.overLimit());
  }

  @Test
  void onlyThePartOfTheSourceGivenIsTaken() {
    BodyBuffer buffer = new BodyBuffer(100, NONE_DECLARED);

    assertTrue(buffer.append(ascii("--body--"), 2, 4));

    assertArrayEquals(ascii("body"), buffer.toByteArray());
  }

  @Test
  void aBodyOfExactlyTheLimitIsAccepted() {
    BodyBuffer buffer = filled(10, NONE_DECLARED, "01234", "56789");

    assertFalse(buffer.overLimit());
    assertArrayEquals(ascii("0123456789"), buffer.toByteArray());
  }

  @Test
  void oneByteOverTheLimitIsRefusedAndNotKept() {
    BodyBuffer buffer = filled(10, NONE_DECLARED, "0123456789");

    assertFalse(buffer.append(ascii("!"), 0, 1));

    assertTrue(buffer.overLimit());
    assertEquals(10, buffer.size());
  }

  @Test
  void aChunkThatCrossesTheLimitIsRefusedWhole() {
    BodyBuffer buffer = filled(10, NONE_DECLARED, "01234");

    assertFalse(buffer.append(ascii("56789ab"), 0, 7));

    assertTrue(buffer.overLimit());
    assertArrayEquals(ascii("01234"), buffer.toByteArray());
  }

  @Test
  void onceOverTheLimitEvenAnEmptyChunkIsRefused() {
    // The adapter stops reading at the first refusal; any later append must not undo it.
    BodyBuffer buffer = filled(3, NONE_DECLARED, "abcd");

    assertFalse(buffer.append(new byte[0], 0, 0));
    assertFalse(buffer.append(ByteBuffer.allocate(0)));
    assertTrue(buffer.overLimit());
  }

  @Test
  void aLimitPastWhatAnArrayHoldsIsRefusedWhenTheBufferIsMade() {
    assertThrows(IllegalArgumentException.class, () -> new BodyBuffer(Long.MAX_VALUE, -1));
    assertThrows(IllegalArgumentException.class, () -> new BodyBuffer(Hookwire.MAX_BODY_BYTES_LIMIT + 1, -1));
    assertThrows(IllegalArgumentException.class, () -> new BodyBuffer(-1, -1));
  }

  @Test
  void aLimitOfZeroAcceptsOnlyAnEmptyBody() {
    BodyBuffer empty = new BodyBuffer(0, 0);
    assertTrue(empty.append(new byte[0], 0, 0));
    assertArrayEquals(new byte[0], empty.toByteArray());

    assertFalse(new BodyBuffer(0, NONE_DECLARED).append(ascii("x"), 0, 1));
  }

  @Test
  void aByteBufferIsConsumedAndCopied() {
    BodyBuffer buffer = new BodyBuffer(100, NONE_DECLARED);
    ByteBuffer chunk = ByteBuffer.wrap(ascii("hello"));

    assertTrue(buffer.append(chunk));

    assertEquals(0, chunk.remaining());
    assertArrayEquals(ascii("hello"), buffer.toByteArray());
  }

  @Test
  void aByteBufferOverTheLimitIsConsumedButNotKept() {
    // A server's buffer must be released as read even when its bytes are refused.
    BodyBuffer buffer = filled(4, NONE_DECLARED, "ab");
    ByteBuffer chunk = ByteBuffer.wrap(ascii("cde"));

    assertFalse(buffer.append(chunk));

    assertEquals(0, chunk.remaining());
    assertTrue(buffer.overLimit());
    assertArrayEquals(ascii("ab"), buffer.toByteArray());
  }

  @Test
  void aBodyLargerThanItsContentLengthIsStillReadToTheLimit() {
    // Content-Length may lie: the buffer grows past a small declared length, never past the limit.
    BodyBuffer buffer = filled(20, 4, "0123", "456789");

    assertArrayEquals(ascii("0123456789"), buffer.toByteArray());
    assertFalse(buffer.append(ascii("0123456789a"), 0, 11));
  }

  @Test
  void aBodyShorterThanItsContentLengthIsWhatArrived() {
    BodyBuffer buffer = filled(1000, 500, "short");

    assertArrayEquals(ascii("short"), buffer.toByteArray());
  }

  @Test
  void aContentLengthOfZeroWithBytesAfterItStillCollectsThem() {
    assertArrayEquals(ascii("abc"), filled(10, 0, "abc").toByteArray());
  }

  @ParameterizedTest
  @ValueSource(longs = {64 * 1024, 64 * 1024 + 1, 1_000_000})
  void bodiesOfEverySizeUpToTheLimitAreCollectedWhole(long size) {
    byte[] body = new byte[(int) size];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) i;
    }
    BodyBuffer buffer = new BodyBuffer(size, size);
    for (int offset = 0; offset < body.length; offset += 16 * 1024) {
      assertTrue(buffer.append(body, offset, Math.min(16 * 1024, body.length - offset)));
    }

    assertArrayEquals(body, buffer.toByteArray());
  }

  @Test
  void clientsThatDeclareTheLargestBodyAndSendNothingCostNoMemory() {
    // Were each declared length allocated up front, these would need far more memory than any
    // heap this runs with: a client could exhaust the server by declaring bodies it never sends.
    List<BodyBuffer> waiting = new ArrayList<>();
    for (int client = 0; client < 64; client++) {
      waiting.add(new BodyBuffer(Hookwire.MAX_BODY_BYTES_LIMIT, Hookwire.MAX_BODY_BYTES_LIMIT));
    }

    assertTrue(waiting.stream().allMatch(buffer -> buffer.size() == 0));
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BodyBuffer(-1, NONE_DECLARED));
  }
}
