package io.hookwire.benchmarks.pipeline;

import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.benchmarks.fixture.BenchSlackReceiver.EventCallback;
import io.hookwire.benchmarks.fixture.HandWrittenSlackEndpoint;
import io.hookwire.benchmarks.fixture.Hmac;
import io.hookwire.benchmarks.fixture.SlackDelivery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The limit of figure 1: the least work any receiver of the delivery must do, and nothing else.
 * The HMAC of Slack's signed text (its prefix made once), compared in constant time with the
 * signature decoded once, and one Jackson bind of the body into the event record straight from
 * its bytes, with a reader made once. No headers are read, no tree is built, no handler is
 * called: a pipeline can approach this, never beat it.
 */
final class MinimumWork {
  private final byte[] body;
  private final byte[] prefix;
  private final byte[] signature;
  private final Mac mac;
  private final ObjectReader reader;

  /** The limit for {@code delivery}; not thread-safe (one {@link Mac}). */
  MinimumWork(SlackDelivery delivery) {
    this.body = delivery.body();
    this.prefix = ("v0:" + delivery.timestamp() + ":").getBytes(StandardCharsets.US_ASCII);
    String header = delivery.headers().get(SlackDelivery.SIGNATURE_HEADER);
    this.signature = HexFormat.of().parseHex(header.substring("v0=".length()));
    this.mac = Hmac.newMac(SlackDelivery.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8));
    this.reader = HandWrittenSlackEndpoint.mapper().readerFor(EventCallback.class);
  }

  /** The bound event, or {@code null} if the signature did not match. */
  EventCallback deliver() {
    mac.update(prefix);
    if (!MessageDigest.isEqual(mac.doFinal(body), signature)) {
      return null;
    }
    try {
      return reader.readValue(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
