package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SignedContent.Field;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Verifies any HMAC signature scheme that a provider describes in one sentence: "header H holds
 * prefix P followed by the hex (or base64) HMAC-SHA256 (or SHA-1, SHA-512), keyed with the
 * secret, of this text". The named verifiers ({@link ShopifySignature}, {@link ZoomSignature},
 * {@link TwilioSignature} and others) are built on it; build one yourself for a provider that
 * has none:
 *
 * <pre>{@code
 * HmacSignature acme = HmacSignature.builder()
 *     .signatureHeader("X-Acme-Signature")
 *     .prefix("v1=")
 *     .timestampHeader("X-Acme-Timestamp")
 *     .signedContent("{timestamp}.{body}")
 *     .secrets(System.getenv("ACME_SECRET"))
 *     .build();
 * }</pre>
 *
 * <p>The signed content is a template of literal text and these placeholders:
 *
 * <ul>
 *   <li>{@code {body}}: the raw body, exactly as received; last when present;
 *   <li>{@code {timestamp}}: the value of {@linkplain Builder#timestampHeader the timestamp
 *       header}, a Unix time in seconds that must lie within the tolerance of now (five
 *       minutes unless set with {@link #withTolerance});
 *   <li>{@code {id}}: the value of {@linkplain Builder#idHeader the id header};
 *   <li>{@code {url}}: the URL the provider called ({@link Builder#publicBaseUrl} or
 *       {@link Builder#url});
 *   <li>{@code {form}}: the fields of a form body, sorted by name, each name followed by its
 *       value (Twilio's scheme); a body that is not a form is then refused, or it would go
 *       unsigned.
 * </ul>
 *
 * <p>Every comparison is constant-time; only the canonical text of a MAC (lower-case hex, padded
 * base64) is accepted. Immutable and thread-safe; build it once and share it.
 */
public final class HmacSignature {
  /** The hash function of the HMAC. */
  public enum Algorithm {
    /** HMAC-SHA1, 20 bytes: Twilio's, and legacy schemes only. */
    SHA1("HmacSHA1", 20),
    /** HMAC-SHA256, 32 bytes: the common choice. */
    SHA256("HmacSHA256", 32),
    /** HMAC-SHA512, 64 bytes. */
    SHA512("HmacSHA512", 64);

    final String jcaName;
    final int bytes;

    Algorithm(String jcaName, int bytes) {
      this.jcaName = jcaName;
      this.bytes = bytes;
    }
  }

  /** How the MAC is written in the header. */
  public enum Encoding {
    /** Lower-case hexadecimal. */
    HEX,
    /** Padded base64 of the standard alphabet. */
    BASE64
  }

  private static final byte[] NO_BODY = new byte[0];

  /** Where the signature, timestamp and id are read, and how the signature is written. */
  private record Headers(String signatureHeader, String prefix, Algorithm algorithm, Encoding encoding,
      String timestampHeader, String idHeader, PublicUrl url) {}

  private final Headers settings;
  private final SignedContent content;
  private final SigningKeys keys;
  private final TimestampWindow window;

  private HmacSignature(Headers settings, SignedContent content, SigningKeys keys, TimestampWindow window) {
    this.settings = settings;
    this.content = content;
    this.keys = keys;
    this.window = window;
  }

  /** A builder with HMAC-SHA256, hex, no prefix, and the body as the signed content. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A verifier like this one that reads the time from {@code clock}; for tests.
   *
   * @throws IllegalStateException if the scheme signs no timestamp
   */
  public HmacSignature withClock(Clock clock) {
    return new HmacSignature(settings, content, keys, timestamped().withClock(clock));
  }

  /**
   * A verifier like this one that accepts timestamps up to {@code tolerance} from now, on either
   * side (default five minutes).
   *
   * @throws IllegalStateException if the scheme signs no timestamp
   * @throws IllegalArgumentException if the tolerance is negative
   */
  public HmacSignature withTolerance(Duration tolerance) {
    return new HmacSignature(settings, content, keys, timestamped().withTolerance(tolerance));
  }

  private TimestampWindow timestamped() {
    if (window == null) {
      throw new IllegalStateException("this scheme signs no timestamp");
    }
    return window;
  }

  /**
   * Accepts the request or throws.
   *
   * @throws RequestVerificationException if a header is missing, empty, duplicated or malformed,
   *     the timestamp is outside the window, a form body is not a form, or the signature matches
   *     no secret
   */
  public void verify(WebhookRequest request) throws RequestVerificationException {
    String timestamp =
        window == null ? null : RequestHeaders.single(request, settings.timestampHeader());
    String id = settings.idHeader() == null ? null : RequestHeaders.single(request, settings.idHeader());
    byte[] received = signature(request);
    if (window != null) {
      window.check(settings.timestampHeader(), timestamp);
    }
    String form = content.uses(Field.FORM) ? FormParams.signedText(request) : null;
    byte[] body = content.uses(Field.BODY) ? request.bodyBytes() : NO_BODY;
    // One spelling of the URL after the other, each written only if the one before did not match.
    int spellings = content.uses(Field.URL) ? settings.url().spellings() : 1;
    for (int spelling = 0; spelling < spellings; spelling++) {
      SignedPrefix prefix = content.prefix(request, timestamp, id, form, settings.url(), spelling);
      if (keys.matches(received, prefix, body)) {
        return;
      }
    }
    throw Rejections.reject(Rejections.noMatch(settings.signatureHeader()));
  }

  private byte[] signature(WebhookRequest request) throws RequestVerificationException {
    String header = settings.signatureHeader();
    String value = RequestHeaders.single(request, header);
    int start = RequestHeaders.afterPrefix(header, value, settings.prefix());
    int bytes = settings.algorithm().bytes;
    return settings.encoding() == Encoding.HEX
        ? SignatureText.hex(header, value, start, value.length(), bytes)
        : SignatureText.base64(header, value, start, value.length(), bytes);
  }

  @Override
  public String toString() {
    return "HmacSignature[" + settings.signatureHeader() + ", " + settings.algorithm() + " " + settings.encoding()
        + " of " + content + ", " + keys + (window == null ? "" : ", " + window) + "]";
  }

  /**
   * Describes a scheme. Required: {@link #signatureHeader} and {@link #secrets}; the rest has
   * defaults. Each call replaces the value set before.
   */
  public static final class Builder {
    private Algorithm algorithm = Algorithm.SHA256;
    private Encoding encoding = Encoding.HEX;
    private String signatureHeader;
    private String prefix = "";
    private String timestampHeader;
    private String idHeader;
    private PublicUrl url;
    private String signedContent = "{body}";
    private List<String> secrets;
    private boolean bodyCoveredElsewhere;

    private Builder() {}

    /** The hash function; HMAC-SHA256 unless set. */
    public Builder algorithm(Algorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm must not be null");
      return this;
    }

    /** How the MAC is written; lower-case hex unless set. */
    public Builder encoding(Encoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding must not be null");
      return this;
    }

    /** The header that carries the signature, compared case-insensitively. */
    public Builder signatureHeader(String name) {
      this.signatureHeader = Secrets.require("signature header", name);
      return this;
    }

    /** Text the header's value must start with before the MAC, such as {@code sha256=}; none unless set. */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix must not be null");
      return this;
    }

    /** The header that carries the Unix time in seconds that {@code {timestamp}} stands for. */
    public Builder timestampHeader(String name) {
      this.timestampHeader = Secrets.require("timestamp header", name);
      return this;
    }

    /** The header that carries the delivery id that {@code {id}} stands for. */
    public Builder idHeader(String name) {
      this.idHeader = Secrets.require("id header", name);
      return this;
    }

    /**
     * The public scheme, host and port the provider calls, such as {@code https://example.com}
     * (a path is allowed, for a proxy that removes one): {@code {url}} stands for it followed by
     * the request's raw path and query. It is also tried with its port spelled the other way
     * round ({@code :443} added, or an explicit port removed), as senders and proxies disagree.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL, or has a
     *     query or fragment
     */
    public Builder publicBaseUrl(String url) {
      this.url = PublicUrl.base("public base URL", url);
      return this;
    }

    /**
     * The whole URL the provider calls, signed as it is whatever the request's path: what
     * {@code {url}} stands for in schemes such as Square's.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL, or has a
     *     fragment
     */
    public Builder url(String url) {
      this.url = PublicUrl.fixed("URL", url);
      return this;
    }

    /** The template of the signed content; {@code {body}} unless set. See {@link HmacSignature}. */
    public Builder signedContent(String template) {
      this.signedContent = Secrets.require("signed content", template);
      return this;
    }

    /**
     * The secrets, newest first; each is used as its UTF-8 bytes.
     *
     * @throws NullPointerException if a secret is {@code null}
     * @throws IllegalArgumentException if a secret is empty or blank
     */
    public Builder secrets(String current, String... previous) {
      return namedSecrets("secret", current, previous);
    }

    /** {@link #secrets(String, String...)}, with messages that call them {@code what}. */
    Builder namedSecrets(String what, String current, String... previous) {
      this.secrets = Secrets.all(what, current, previous);
      return this;
    }

    /** For schemes whose URL carries a hash of the body (Twilio's {@code bodySHA256}), checked by the caller. */
    Builder bodyCoveredElsewhere() {
      this.bodyCoveredElsewhere = true;
      return this;
    }

    /**
     * The verifier.
     *
     * @throws IllegalStateException if the signature header or the secrets are not set, the
     *     template names a timestamp, id or URL that is not configured (or one is configured and
     *     not signed), or signs neither {@code {body}} nor {@code {form}}
     * @throws IllegalArgumentException if the template is malformed
     */
    public HmacSignature build() {
      require(signatureHeader != null, "the signature header is not set");
      require(secrets != null, "the secrets are not set");
      SignedContent content = SignedContent.parse(signedContent);
      requireConfigured(content, Field.TIMESTAMP, timestampHeader != null, "timestamp header");
      requireConfigured(content, Field.ID, idHeader != null, "id header");
      requireConfigured(content, Field.URL, url != null, "URL");
      require(bodyCoveredElsewhere || content.uses(Field.BODY) || content.uses(Field.FORM),
          "the signed content must include {body} or {form}: otherwise the body is not signed");
      TimestampWindow window = timestampHeader == null ? null : TimestampWindow.DEFAULT;
      Headers headers = new Headers(signatureHeader, prefix, algorithm, encoding, timestampHeader, idHeader, url);
      return new HmacSignature(headers, content, SigningKeys.utf8(algorithm.jcaName, secrets), window);
    }

    private static void requireConfigured(SignedContent content, Field field, boolean configured, String what) {
      require(content.uses(field) == configured, content.uses(field)
          ? "the signed content names " + field.placeholder + " but no " + what + " is set"
          : "a " + what + " is set but the signed content does not name " + field.placeholder
              + ": it would be read and never signed");
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new IllegalStateException(message);
      }
    }
  }
}
