package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;

/**
 * What checks received signatures of some content: HMAC secrets or Ed25519 public keys, the
 * current one first and then any still valid during a rotation. The content is a prefix (the
 * timestamp, id or URL a scheme signs, in this thread's {@link SignedPrefix}) followed by the raw
 * body, passed in two parts so that the body is never copied.
 */
interface SignatureCheck {
  /** Whether any received signature is valid for prefix and body under any key. */
  boolean anyMatches(byte[][] received, SignedPrefix prefix, byte[] body);

  /** Rejects, naming {@code header}, unless a received signature is valid for prefix and body. */
  default void requireMatch(String header, byte[][] received, SignedPrefix prefix, byte[] body)
      throws RequestVerificationException {
    if (!anyMatches(received, prefix, body)) {
      throw Rejections.reject(Rejections.noMatch(header));
    }
  }
}
