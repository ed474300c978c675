package io.hookwire.runtime.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hookwire.runtime.RequestVerificationException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link SignatureText} checks characters itself and leaves decoding to the JDK. On random
 * signatures and on random corruptions of them, it must accept exactly the texts that the JDK's
 * decoders read back to themselves (the canonical lower-case hex and padded base64), and decode
 * them to the JDK's bytes; everything else is refused as malformed.
 */
class SignatureTextTest {
  private static final int ROUNDS = 20_000;
  private static final String NOISE = "0123456789abcdefABCDEF+/=-_ gz\u00e9\u0660";
  private static final int[] LENGTHS = {1, 2, 3, 20, 32, 64};

  @Test
  void hexAcceptsExactlyTheCanonicalTextAndDecodesAsTheJdk() {
    assertAgreesWithTheJdk(1, HexFormat.of()::formatHex, SignatureTextTest::jdkHex, SignatureText::hex);
  }

  @Test
  void base64AcceptsExactlyTheCanonicalTextAndDecodesAsTheJdk() {
    assertAgreesWithTheJdk(2, Base64.getEncoder()::encodeToString, SignatureTextTest::jdkBase64,
        SignatureText::base64);
  }

  @Test
  void aRefusalNamesTheSignatureMalformed() {
    RequestVerificationException refused = assertThrows(
        RequestVerificationException.class, () -> SignatureText.hex("X-Sig", "AB", 0, 2, 1));
    assertEquals(Rejections.malformed("X-Sig", "not lower-case hexadecimal"), refused.getMessage());
  }

  private interface Decoding {
    byte[] decode() throws RequestVerificationException;
  }

  /** A decoding of {@link SignatureText}: header, text, from, to and the number of bytes. */
  private interface Decoder {
    byte[] decode(String header, String text, int from, int to, int bytes) throws RequestVerificationException;
  }

  /** On random signatures, each corrupted or not, framed as a header value with a prefix. */
  private static void assertAgreesWithTheJdk(long seed, Function<byte[], String> encoder,
      BiFunction<String, Integer, byte[]> reference, Decoder decoder) {
    Random random = new Random(seed);
    for (int round = 0; round < ROUNDS; round++) {
      int bytes = LENGTHS[random.nextInt(LENGTHS.length)];
      String text = corrupt(random, encoder.apply(randomBytes(random, bytes)));
      String framed = "v1=" + text;
      assertDecodesAs(reference.apply(text, bytes),
          () -> decoder.decode("X-Sig", framed, 3, framed.length(), bytes), text);
    }
  }

  private static void assertDecodesAs(byte[] expected, Decoding decoding, String text) {
    byte[] decoded;
    try {
      decoded = decoding.decode();
    } catch (RequestVerificationException e) {
      decoded = null;
    }
    if (expected == null) {
      assertNull(decoded, () -> "accepted non-canonical " + text);
    } else {
      assertArrayEquals(expected, decoded, () -> "refused or misread canonical " + text);
    }
  }

  /** The reference: the JDK's decoding, accepted only if encoding it again gives the text back. */
  private static byte[] jdkHex(String text, int bytes) {
    try {
      byte[] decoded = HexFormat.of().parseHex(text);
      return decoded.length == bytes && HexFormat.of().formatHex(decoded).equals(text) ? decoded : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] jdkBase64(String text, int bytes) {
    try {
      byte[] decoded = Base64.getDecoder().decode(text);
      return decoded.length == bytes && Base64.getEncoder().encodeToString(decoded).equals(text) ? decoded : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The text unchanged a third of the time; otherwise with characters replaced, inserted or removed. */
  private static String corrupt(Random random, String text) {
    StringBuilder corrupted = new StringBuilder(text);
    int changes = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      int at = random.nextInt(corrupted.length() + 1);
      char noise = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(4)) {
        case 0 -> corrupted.insert(at, noise);
        case 1 -> {
          if (at < corrupted.length()) {
            corrupted.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < corrupted.length()) {
            // Flip the lowest bit: within the alphabet most of the time, the stray-bit case for base64.
            corrupted.setCharAt(at, (char) (corrupted.charAt(at) ^ 1));
          }
        }
        default -> {
          if (at < corrupted.length()) {
            corrupted.setCharAt(at, noise);
          }
        }
      }
    }
    return corrupted.toString();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
