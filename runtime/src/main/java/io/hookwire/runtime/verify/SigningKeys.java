package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The keys a verifier accepts: the current secret first, then any previous ones still valid
 * while a rotation is under way.
 */
final class SigningKeys implements SignatureCheck {
  // An array rather than a list: iterating it on every delivery allocates nothing.
  private final HmacKey[] keys;

  private SigningKeys(HmacKey[] keys) {
    this.keys = keys;
  }

  /** Keys that are the UTF-8 bytes of each secret, as Slack, GitHub and Stripe use them. */
  static SigningKeys utf8(List<String> secrets) {
    return decoded(secrets, secret -> secret.getBytes(StandardCharsets.UTF_8));
  }

  /** Keys for the JCA MAC {@code algorithm} that are the UTF-8 bytes of each secret. */
  static SigningKeys utf8(String algorithm, List<String> secrets) {
    return new SigningKeys(secrets.stream().map(secret -> secret.getBytes(StandardCharsets.UTF_8))
        .map(key -> new HmacKey(algorithm, key)).toArray(HmacKey[]::new));
  }

  /** Keys obtained from each secret by a decoding, such as base64. */
  static SigningKeys decoded(List<String> secrets, Function<String, byte[]> decoding) {
    return new SigningKeys(secrets.stream().map(decoding).map(HmacKey::new).toArray(HmacKey[]::new));
  }

  /** Rejects, naming {@code header}, unless the received signature is the MAC of prefix and body. */
  void requireMatch(String header, byte[] received, SignedPrefix prefix, byte[] body)
      throws RequestVerificationException {
    if (!matches(received, prefix, body)) {
      throw Rejections.reject(Rejections.noMatch(header));
    }
  }

  /**
   * Whether the received signature is the MAC of prefix and body under any key. A method of its
   * own rather than an array of one: the JIT does not always remove such an array, and the
   * benchmark then measures its 24 bytes on every delivery.
   */
  boolean matches(byte[] received, SignedPrefix prefix, byte[] body) {
    for (HmacKey key : keys) {
      if (key.matches(received, prefix, body)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the MAC of the content under any key equals any of the received signatures. Each
   * comparison is constant-time over bytes of equal length, so how long it takes says nothing
   * about how many leading bytes of a forged signature were right.
   */
  @Override
  public boolean anyMatches(byte[][] received, SignedPrefix prefix, byte[] body) {
    for (HmacKey key : keys) {
      if (key.matchesAny(received, prefix, body)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return Secrets.count(keys.length);
  }
}
