package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.util.List;

/** Reads the one value of a header that a signature check depends on. */
final class RequestHeaders {
  private RequestHeaders() {}

  /**
   * The single value of a header, without surrounding whitespace (which HTTP does not count as
   * part of a field value). A header sent twice is refused rather than resolved: a proxy and this
   * code could pick different copies, and an attacker could exploit the disagreement.
   */
  static String single(WebhookRequest request, String name) throws RequestVerificationException {
    List<String> values = request.headers(name);
    if (values.isEmpty()) {
      throw Rejections.reject(Rejections.missing(name));
    }
    if (values.size() > 1) {
      throw Rejections.reject(Rejections.duplicated(name));
    }
    String value = values.get(0).strip();
    if (value.isEmpty()) {
      throw Rejections.reject(Rejections.empty(name));
    }
    return value;
  }

  /**
   * Where the value after a required prefix such as {@code v0=} starts; a position rather than a
   * substring, so that the rest is decoded where it is.
   */
  static int afterPrefix(String header, String value, String prefix) throws RequestVerificationException {
    if (!value.startsWith(prefix)) {
      throw Rejections.reject(Rejections.malformed(header, "expected the prefix " + prefix));
    }
    return prefix.length();
  }
}
