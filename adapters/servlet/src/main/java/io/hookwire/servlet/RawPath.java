package io.hookwire.servlet;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

/**
 * The path Hookwire routes a request on: what follows the context path and the servlet's own
 * prefix in the request URI, still percent-encoded.
 *
 * <p>{@code getPathInfo()} would be shorter to write, but it is decoded and normalised:
 * {@code /telegram/a%2Fb/updates} would become four segments, and an encoded dot segment a real
 * one. The request URI is the path as the client sent it, so it is cut there instead.
 */
final class RawPath {
  private RawPath() {}

  /**
   * The raw path after the context path and the servlet's prefix, starting with {@code /}; or
   * {@code null} when the request URI does not begin with them exactly as they are written.
   *
   * <p>The container routes a request here after decoding and normalising its path, so
   * {@code /app/ho%6Fks/x} or {@code /app/./hooks/x} may arrive for the mapping {@code /hooks/*}
   * in the context {@code /app}. Such a prefix is not recognised, and the request is not served:
   * the same rule Hookwire applies to the literal segments of its own paths, which must also be
   * written as they are.
   */
  static String of(HttpServletRequest request) {
    return of(request, servletPrefix(request.getHttpServletMapping()));
  }

  /**
   * The raw path after the context path alone, the servlet's mapping kept: for a servlet mapped at
   * receivers' own paths, or at their fixed start, rather than under a prefix of its own.
   */
  static String afterContextPath(HttpServletRequest request) {
    return of(request, "");
  }

  private static String of(HttpServletRequest request, String servletPrefix) {
    String uri = request.getRequestURI();
    String prefix = request.getContextPath() + servletPrefix;
    if (uri == null || !uri.startsWith(prefix)) {
      return null;
    }
    String rest = uri.substring(prefix.length());
    // Nothing after the prefix, or a prefix that only began a longer segment (such as
    // "/hooks;x=1" or "/hooksmith"), is no path of Hookwire's.
    return rest.startsWith("/") ? rest : null;
  }

  /**
   * The fixed part of the mapping that matched: {@code /hooks} for {@code /hooks/*}, nothing for
   * {@code /*}. Under any other kind of mapping (exact, extension, default) the whole path after
   * the context path is the servlet's, so there is no prefix to cut.
   */
  private static String servletPrefix(HttpServletMapping mapping) {
    if (mapping == null || mapping.getMappingMatch() != MappingMatch.PATH) {
      return "";
    }
    String pattern = mapping.getPattern();
    return pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 2) : "";
  }
}
