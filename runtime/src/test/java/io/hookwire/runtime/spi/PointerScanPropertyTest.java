package io.hookwire.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming scan answers exactly as the tree, on thousands of random documents, each also
 * broken in two random ways (cut short, a byte removed, added or replaced, invalid UTF-8,
 * trailing content, lenient syntax), with random pointers, for mappers configured in the ways
 * that change what a body's tree is or whether there is one.
 */
class PointerScanPropertyTest {
  private static final int DOCUMENTS = 3_000;

  static Stream<Arguments> scannableMappers() {
    return Mappers.scannable().entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scannableMappers")
  void theScanAnswersAsTheTree(String name, ObjectMapper mapper) {
    Tally tally = new Tally();
    for (long seed = 0; seed < DOCUMENTS; seed++) {
      RandomJson random = new RandomJson(seed);
      String document = random.document();
      for (byte[] body : bodies(random, document)) {
        JsonPointer[] pointers = random.pointers(document);
        assertTrue(ScanEligibility.allows(mapper, body.length), name);
        Outcome expected = Outcome.fromTree(mapper, body, pointers);

        assertEquals(expected, Outcome.scanned(mapper, body, pointers), describe(seed, body, pointers));
        tally.count(expected);
      }
    }
    tally.assertTellsApart();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scannableMappers")
  void aDeliveryReadsEveryPartAndIdAsFromItsTree(String name, ObjectMapper mapper) {
    for (long seed = 0; seed < DOCUMENTS; seed++) {
      RandomJson random = new RandomJson(seed);
      String document = random.document();
      for (byte[] body : bodies(random, document)) {
        JsonPointer[] pointers = random.pointers(document);
        Delivery parsedFirst = delivery(body, mapper);
        try {
          parsedFirst.tree();
        } catch (DeliveryRejectedException e) {
          // It rejects the body again below, as it always did.
        }

        assertEquals(partsAndId(parsedFirst, pointers), partsAndId(delivery(body, mapper), pointers),
            describe(seed, body, pointers));
      }
    }
  }

  private static List<byte[]> bodies(RandomJson random, String document) {
    return List.of(document.getBytes(StandardCharsets.UTF_8), random.corrupted(document), random.corrupted(document));
  }

  private static Delivery delivery(byte[] body, ObjectMapper mapper) {
    return new Delivery(WebhookRequest.builder().path("/hooks").header("Content-Type", "application/json")
        .body(body).build(), mapper);
  }

  /** Every prefix of the event type at {@code pointers}, then the delivery id at the first. */
  private static Outcome partsAndId(Delivery delivery, JsonPointer[] pointers) {
    return Outcome.of(() -> {
      EventType type = delivery.eventType(pointers);
      List<String> read = new ArrayList<>();
      for (int parts = 1; parts <= pointers.length; parts++) {
        read.add(type.prefix(parts));
      }
      read.add(delivery.deliveryIdAt(pointers[0]));
      return read;
    });
  }

  private static String describe(long seed, byte[] body, JsonPointer[] pointers) {
    return "seed " + seed + ", pointers " + List.of(pointers) + ", body "
        + new String(body, StandardCharsets.UTF_8);
  }

  /** How the outcomes fell, so that a generator gone dull fails the test rather than passing it. */
  private static final class Tally {
    private int texts;
    private int nonEmpty;
    private final Map<String, int[]> rejections =
        Map.of("body is not valid JSON", new int[1], "body is empty", new int[1]);

    void count(Outcome outcome) {
      if (outcome.texts() != null) {
        texts++;
        nonEmpty += outcome.texts().stream().anyMatch(text -> !text.isEmpty()) ? 1 : 0;
      } else if (rejections.containsKey(outcome.message())) {
        rejections.get(outcome.message())[0]++;
      }
    }

    void assertTellsApart() {
      int all = DOCUMENTS * 3;
      assertTrue(texts > all / 5, () -> texts + " bodies read of " + all);
      assertTrue(nonEmpty > all / 20, () -> nonEmpty + " bodies with a value found of " + all);
      assertTrue(rejections.get("body is not valid JSON")[0] > all / 10,
          () -> rejections.get("body is not valid JSON")[0] + " bodies refused of " + all);
    }
  }
}
