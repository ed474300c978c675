package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Function;

/**
 * The keys a verifier accepts: the current secret first, then any previous ones still valid
 * while a rotation is under way.
 */
final class SigningKeys {
  private final List<HmacKey> keys;

  private SigningKeys(List<HmacKey> keys) {
    this.keys = List.copyOf(keys);
  }

  /** Keys that are the UTF-8 bytes of each secret, as Slack, GitHub and Stripe use them. */
  static SigningKeys utf8(List<String> secrets) {
    return decoded(secrets, secret -> secret.getBytes(StandardCharsets.UTF_8));
  }

  /** Keys obtained from each secret by a decoding, such as base64. */
  static SigningKeys decoded(List<String> secrets, Function<String, byte[]> decoding) {
    return new SigningKeys(secrets.stream().map(decoding).map(HmacKey::new).toList());
  }

  /** Rejects, naming {@code header}, unless a received signature is the MAC of the content. */
  void requireMatch(String header, List<byte[]> received, byte[]... content)
      throws RequestVerificationException {
    if (!anyMatches(received, content)) {
      throw Rejections.reject(Rejections.noMatch(header));
    }
  }

  /**
   * Whether the MAC of the content under any key equals any of the received signatures. Each
   * comparison is constant-time over bytes of equal length, so how long it takes says nothing
   * about how many leading bytes of a forged signature were right.
   */
  boolean anyMatches(List<byte[]> received, byte[]... content) {
    for (HmacKey key : keys) {
      byte[] expected = key.sign(content);
      for (byte[] signature : received) {
        if (MessageDigest.isEqual(expected, signature)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return Secrets.count(keys.size());
  }
}
