package io.hookwire.runtime.verify;

import io.hookwire.runtime.WebhookRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The URL a provider called, for the schemes that sign it. Behind a proxy or load balancer the
 * request's own scheme, host and port are not the ones the provider used, so the public part is
 * configured, and only what follows it comes from the request.
 */
final class PublicUrl {
  private final List<String> spellings;
  // The spellings in UTF-8, encoded once: written as they are on every delivery.
  private final byte[][] encoded;
  private final boolean appendRequest;

  private PublicUrl(List<String> spellings, boolean appendRequest) {
    this.spellings = spellings;
    this.encoded = spellings.stream().map(url -> url.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    this.appendRequest = appendRequest;
  }

  /**
   * A base such as {@code https://example.com} (or {@code https://example.com/hooks} behind a
   * proxy that strips a prefix) to which the request's raw path and query are appended. The
   * base is tried as written and with its port the other way round ({@code :443} added to an
   * {@code https} base that has none, or an explicit port removed), as Twilio's own libraries
   * do: senders and proxies disagree on writing default ports.
   */
  static PublicUrl base(String what, String url) {
    URI uri = parse(what, url, false);
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return new PublicUrl(List.of(base, otherPortSpelling(uri, base)), true);
  }

  /** A URL signed as it is, query included, whatever the request's path: Square's notification URL. */
  static PublicUrl fixed(String what, String url) {
    parse(what, url, true);
    return new PublicUrl(List.of(url), false);
  }

  /** How many spellings of the URL a request may have been signed with. */
  int spellings() {
    return spellings.size();
  }

  /** Writes the {@code index}th spelling of the URL this request was sent to, in UTF-8. */
  void write(SignedPrefix prefix, WebhookRequest request, int index) {
    prefix.utf8(encoded[index]);
    if (appendRequest) {
      prefix.text(request.path());
      String query = request.query();
      if (!query.isEmpty()) {
        prefix.ascii('?').text(query);
      }
    }
  }

  private static URI parse(String what, String url, boolean queryAllowed) {
    Secrets.require(what, url);
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null
          || !queryAllowed && uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(what + " must be an absolute http or https URL without "
            + (queryAllowed ? "fragment" : "query or fragment"));
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a URL", e);
    }
  }

  private static String otherPortSpelling(URI uri, String base) {
    String authority = uri.getRawAuthority();
    String hostAndPort;
    if (uri.getPort() >= 0) {
      hostAndPort = authority.substring(0, authority.lastIndexOf(':'));
    } else {
      hostAndPort = authority + (uri.getScheme().equalsIgnoreCase("https") ? ":443" : ":80");
    }
    int start = base.indexOf(authority);
    return base.substring(0, start) + hostAndPort + base.substring(start + authority.length());
  }

  @Override
  public String toString() {
    return spellings.get(0) + (appendRequest ? " + path and query" : "");
  }
}
