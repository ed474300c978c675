package io.hookwire.it.contract;

import io.hookwire.it.receivers.HeaderProbe;
import io.hookwire.it.receivers.PointerProbe;
import io.hookwire.it.receivers.ProbeSigning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Makes a request from a seed: a body of the given shape, a path that may or may not lead to a
 * probe, a method, and headers that may sign the body, forge a signature or carry junk. The same
 * seed and shape always give the same request, so a failure is reproduced from its test's name.
 * Requests stay well-formed HTTP/1.1 messages, so that most reach Hookwire, though a server may
 * refuse an odd target itself; malformed messages are the business of {@link HeaderContract}.
 */
final class RequestFuzzer {
  private static final String[] TENANTS = {"acme", "a%2Fb", "%2e%2e", "%", "%zz", "caf%C3%A9", "%FF", "%C0%AF"};
  private static final String[] METHODS = {"GET", "PUT", "DELETE", "post", "FOO"};
  private static final String[] CONTENT_TYPES = {
      "application/json", "application/vnd.example+json; charset=utf-8", "text/plain", "+json", "", ";;;", "*/*"};
  private static final String[] EVENTS = {"order", "raw", "fail", "accepted", "unknown", ""};
  private static final String[] PATHS = {
      "/probe/events/", "//probe/events", "/PROBE/events", "/probe/x/../events", "/probe/events?x=1", "/",
      "/probe//hooks", "/probe/acme/hooks/", "/" + ProbeContract.MARKER};
  // Bytes a header value may carry (obs-text), next to markup.
  private static final String JUNK = ProbeContract.MARKER + "\u0085\u00ff";

  private final Random random;

  private RequestFuzzer(long seed) {
    this.random = new Random(seed);
  }

  /** The request for {@code seed}, with a body of {@code shape}. */
  static FuzzedRequest generate(long seed, BodyShape shape) {
    return new RequestFuzzer(seed).generate(shape);
  }

  private FuzzedRequest generate(BodyShape shape) {
    byte[] body = shape.generate(random);
    String target = target();
    String method = method();
    List<String> headers = new ArrayList<>();
    boolean genuine = sign(headers, body);
    maybe(2, () -> headers.add("Content-Type: " + pick(CONTENT_TYPES)));
    maybe(2, () -> headers.add(HeaderProbe.EVENT_HEADER + ": " + pick(EVENTS)));
    maybe(5, () -> headers.add("X-Junk: " + JUNK));
    return new FuzzedRequest(method, target, headers, body, genuine);
  }

  private String target() {
    int roll = random.nextInt(10);
    if (roll < 4) {
      return PointerProbe.PATH;
    }
    if (roll < 8) {
      return HeaderProbe.path(pick(TENANTS));
    }
    return roll == 8 ? pick(PATHS) : "/" + randomText(random.nextInt(40));
  }

  private String method() {
    return random.nextInt(10) == 0 ? pick(METHODS) : "POST";
  }

  /** Adds a signature header, or not; whether it is the genuine signature of {@code body}. */
  private boolean sign(List<String> headers, byte[] body) {
    switch (random.nextInt(8)) {
      case 0:
        return false;
      case 1:
        headers.add(signature("sha256=" + HexFormat.of().formatHex(randomBytes(32))));
        return false;
      case 2:
        // The genuine signature of a body one byte longer: right form, right secret, wrong body.
        headers.add(signature(ProbeSigning.signature(Arrays.copyOf(body, body.length + 1))));
        return false;
      case 3:
        headers.add(signature(ProbeSigning.signature(body)));
        headers.add(signature("sha256=00"));
        return false;
      default:
        headers.add(signature(ProbeSigning.signature(body)));
        return true;
    }
  }

  private static String signature(String value) {
    return ProbeSigning.HEADER + ": " + value;
  }

  private void maybe(int oneIn, Runnable action) {
    if (random.nextInt(oneIn) == 0) {
      action.run();
    }
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  // Characters that matter in paths over-represented; none that would end the request target.
  private String randomText(int length) {
    String alphabet = "/////%%..abcdefghijklmnopqrstuvwxyz{}<>?;0123456789";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
