package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an HMAC scheme signs, written as a template such as {@code v0:{timestamp}:{body}}: literal
 * text and the placeholders {@code {timestamp}}, {@code {id}}, {@code {url}}, {@code {form}} and
 * {@code {body}}. The body comes last when it is signed, as in every provider's scheme, so it is
 * passed to the MAC after the rest without being copied.
 */
final class SignedContent {
  /** A part of the content that comes from the request. */
  enum Field {
    TIMESTAMP("{timestamp}"),
    ID("{id}"),
    URL("{url}"),
    FORM("{form}"),
    BODY("{body}");

    final String placeholder;

    Field(String placeholder) {
      this.placeholder = placeholder;
    }
  }

  /** Literal text, or a field when {@code field} is not {@code null}. */
  private record Piece(String literal, Field field) {}

  private final String template;
  private final List<Piece> pieces;
  private final Set<Field> fields;

  // When nothing but the body comes from the request, the text before it never changes: made once.
  private final byte[][] fixedPrefix;
  private final boolean asciiLiterals;

  private SignedContent(String template, List<Piece> pieces, Set<Field> fields) {
    this.template = template;
    this.pieces = pieces;
    this.fields = fields;
    this.fixedPrefix = fields.stream().allMatch(field -> field == Field.BODY)
        ? new byte[][] {literals().getBytes(StandardCharsets.UTF_8)} : null;
    this.asciiLiterals = SignedPrefix.isAscii(literals());
  }

  private String literals() {
    StringBuilder text = new StringBuilder();
    pieces.stream().filter(piece -> piece.field() == null).forEach(piece -> text.append(piece.literal()));
    return text.toString();
  }

  /**
   * Parses a template.
   *
   * @throws IllegalArgumentException for an unknown placeholder, an unclosed brace, or
   *     {@code {body}} anywhere but at the end
   */
  static SignedContent parse(String template) {
    Secrets.require("signed content", template);
    List<Piece> pieces = new ArrayList<>();
    Set<Field> fields = EnumSet.noneOf(Field.class);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        pieces.add(new Piece(template.substring(at), null));
        break;
      }
      if (open > at) {
        pieces.add(new Piece(template.substring(at, open), null));
      }
      Field field = field(template, open);
      if (!fields.add(field)) {
        throw new IllegalArgumentException("signed content names " + field.placeholder + " twice");
      }
      pieces.add(new Piece(null, field));
      at = open + field.placeholder.length();
    }
    if (fields.contains(Field.BODY) && pieces.get(pieces.size() - 1).field() != Field.BODY) {
      throw new IllegalArgumentException("{body} must come last in the signed content");
    }
    return new SignedContent(template, List.copyOf(pieces), fields);
  }

  private static Field field(String template, int open) {
    for (Field field : Field.values()) {
      if (template.startsWith(field.placeholder, open)) {
        return field;
      }
    }
    throw new IllegalArgumentException("signed content has an unknown placeholder at " + open
        + "; use {timestamp}, {id}, {url}, {form} or {body}");
  }

  boolean uses(Field field) {
    return fields.contains(field);
  }

  /**
   * The content before the body, in UTF-8: one for each spelling the URL may have been signed
   * with, or one when the URL is not signed.
   */
  byte[][] prefixes(WebhookRequest request, String timestamp, String id, PublicUrl url)
      throws RequestVerificationException {
    if (fixedPrefix != null) {
      return fixedPrefix;
    }
    if (asciiLiterals && !uses(Field.URL) && !uses(Field.FORM) && isAscii(timestamp) && isAscii(id)) {
      return new byte[][] {asciiPrefix(timestamp, id)};
    }
    String form = uses(Field.FORM) ? FormParams.signedText(request) : "";
    byte[][] prefixes = new byte[uses(Field.URL) ? url.spellings() : 1][];
    for (int spelling = 0; spelling < prefixes.length; spelling++) {
      StringBuilder text = new StringBuilder();
      for (Piece piece : pieces) {
        if (piece.field() == null) {
          text.append(piece.literal());
        } else if (piece.field() != Field.BODY) {
          text.append(switch (piece.field()) {
            case TIMESTAMP -> timestamp;
            case ID -> id;
            case URL -> url.of(request, spelling);
            default -> form;
          });
        }
      }
      prefixes[spelling] = text.toString().getBytes(StandardCharsets.UTF_8);
    }
    return prefixes;
  }

  /**
   * The text before the body written straight into its array, when the literals, timestamp and id
   * are all ASCII (as in every provider's scheme): no builder or string on the way.
   */
  private byte[] asciiPrefix(String timestamp, String id) {
    int length = 0;
    for (Piece piece : pieces) {
      length += piece.field() == null ? piece.literal().length() : fieldText(piece.field(), timestamp, id).length();
    }
    byte[] bytes = new byte[length];
    int at = 0;
    for (Piece piece : pieces) {
      String text = piece.field() == null ? piece.literal() : fieldText(piece.field(), timestamp, id);
      for (int i = 0; i < text.length(); i++) {
        bytes[at++] = (byte) text.charAt(i);
      }
    }
    return bytes;
  }

  private static String fieldText(Field field, String timestamp, String id) {
    return switch (field) {
      case TIMESTAMP -> timestamp;
      case ID -> id;
      default -> "";
    };
  }

  private boolean isAscii(String text) {
    return text == null || SignedPrefix.isAscii(text);
  }

  @Override
  public String toString() {
    return template;
  }
}
