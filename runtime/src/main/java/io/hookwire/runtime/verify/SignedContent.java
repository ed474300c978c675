package io.hookwire.runtime.verify;

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
 * passed to the MAC after the rest without being copied; the rest is written into this thread's
 * {@link SignedPrefix}, the literals encoded once when the template is parsed.
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

  /** Literal text in UTF-8, or a field when {@code field} is not {@code null}. */
  private record Piece(byte[] literal, Field field) {}

  private final String template;
  private final Piece[] pieces;
  private final Set<Field> fields;

  private SignedContent(String template, Piece[] pieces, Set<Field> fields) {
    this.template = template;
    this.pieces = pieces;
    this.fields = fields;
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
        pieces.add(literal(template.substring(at)));
        break;
      }
      if (open > at) {
        pieces.add(literal(template.substring(at, open)));
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
    return new SignedContent(template, pieces.toArray(Piece[]::new), fields);
  }

  private static Piece literal(String text) {
    return new Piece(text.getBytes(StandardCharsets.UTF_8), null);
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
   * Writes the content before the body, in UTF-8, into this thread's prefix, with the
   * {@code spelling}th spelling of the URL when the URL is signed.
   *
   * @param form the signed text of the form fields, when {@code {form}} is signed
   */
  SignedPrefix prefix(WebhookRequest request, String timestamp, String id, String form, PublicUrl url,
      int spelling) {
    SignedPrefix prefix = SignedPrefix.start();
    for (Piece piece : pieces) {
      if (piece.field() == null) {
        prefix.utf8(piece.literal());
      } else {
        switch (piece.field()) {
          case TIMESTAMP -> prefix.text(timestamp);
          case ID -> prefix.text(id);
          case URL -> url.write(prefix, request, spelling);
          case FORM -> prefix.text(form);
          case BODY -> { } // passed to the MAC after the prefix
        }
      }
    }
    return prefix;
  }

  @Override
  public String toString() {
    return template;
  }
}
