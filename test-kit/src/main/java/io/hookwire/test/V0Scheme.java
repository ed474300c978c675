package io.hookwire.test;

import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scheme Slack and Zoom share under different header names: a Unix time in one header, and in
 * the other {@code v0=} followed by the hex HMAC-SHA256 of {@code v0:{timestamp}:{body}}.
 */
final class V0Scheme {
  private static final String VERSION = "v0";

  private final String timestampHeader;
  private final String signatureHeader;

  V0Scheme(String timestampHeader, String signatureHeader) {
    this.timestampHeader = timestampHeader;
    this.signatureHeader = signatureHeader;
  }

  /** The two headers for this body signed at this time, timestamp first. */
  Map<String, String> headers(Hmac hmac, SigningTime time, byte[] body) {
    String timestamp = time.epochSeconds();
    byte[] mac = hmac.sign(Hmac.utf8(VERSION + ":" + timestamp + ":"), body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(timestampHeader, timestamp);
    headers.put(signatureHeader, VERSION + "=" + HexFormat.of().formatHex(mac));
    return Collections.unmodifiableMap(headers);
  }
}
