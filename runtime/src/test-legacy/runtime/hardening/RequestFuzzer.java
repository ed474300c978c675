package io.hookwire.runtime.hardening;

import io.hookwire.runtime.WebhookRequest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * Makes a request from a seed: a body of the given shape, a path that may or may not lead to a
 * probe, a method, and headers that may sign the body, forge a signature or carry junk. The same
 * seed and shape always give the same request, so a failure is reproduced from its test's name.
 */
final class RequestFuzzer {
  private static final String[] TENANTS = {"acme", "a%2Fb", "%2e%2e", "%", "%zz", "caf%C3%A9", "%FF", "<x>"};
  private static final String[] METHODS = {"GET", "PUT", "DELETE", "post", "FOO"};
  private static final String[] CONTENT_TYPES = {
      "application/json", "application/vnd.example+json; charset=utf-8", "text/plain", "+json", "", ";;;", "*/*"};
  private static final String[] EVENTS = {"order", "raw", "fail", "accepted", "unknown", ""};
  private static final String[] PATHS = {
      "/probe/events/", "//probe/events", "/PROBE/events", "/probe/x/../events", "/probe/events?x=1", "/", "",
      "/probe//hooks", "/probe/acme/hooks/", Outcomes.MARKER};

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
    WebhookRequest.Builder request = WebhookRequest.builder().path(path()).method(method()).body(body);
    boolean genuine = sign(request, body);
    maybe(2, () -> request.header("Content-Type", pick(CONTENT_TYPES)));
    maybe(2, () -> request.header(HeaderProbe.EVENT_HEADER, pick(EVENTS)));
    maybe(5, () -> request.header("X-Junk", Outcomes.MARKER + "\r\n\u0000"));
    WebhookRequest built = request.build();
    return new FuzzedRequest(built, genuine, built + (genuine ? ", signed" : ", not signed"));
  }

  private String path() {
    int roll = random.nextInt(10);
    if (roll < 4) {
      return PointerProbe.PATH;
    }
    if (roll < 8) {
      return HeaderProbe.PATH_PREFIX + pick(TENANTS) + HeaderProbe.PATH_SUFFIX;
    }
    return roll == 8 ? pick(PATHS) : randomText(1 + random.nextInt(40));
  }

  private String method() {
    return random.nextInt(10) == 0 ? pick(METHODS) : "POST";
  }

  /** Adds a signature header, or not; whether it is the genuine signature of {@code body}. */
  private boolean sign(WebhookRequest.Builder request, byte[] body) {
    switch (random.nextInt(8)) {
      case 0:
        return false;
      case 1:
        request.header(Signing.HEADER, "sha256=" + HexFormat.of().formatHex(randomBytes(32)));
        return false;
      case 2:
        // The genuine signature of a body one byte longer: right form, right secret, wrong body.
        request.header(Signing.HEADER, Signing.signature(Arrays.copyOf(body, body.length + 1)));
        return false;
      case 3:
        request.header(Signing.HEADER, Signing.signature(body)).header(Signing.HEADER, "sha256=00");
        return false;
      default:
        request.header(Signing.HEADER, Signing.signature(body));
        return true;
    }
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

  // Printable ASCII with the characters that matter in paths over-represented.
  private String randomText(int length) {
    String alphabet = "/////%%..abcdefghijklmnopqrstuvwxyz{}<>?#;0123456789";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
