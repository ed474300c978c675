package io.hookwire.example.telegram;

import io.hookwire.example.blog.RichText;
import io.hookwire.example.telegram.TelegramPayloads.Entity;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a Telegram message's text with its entities: a {@code url} entity (a link typed in the
 * text) and a {@code text_link} (text with a link behind it) become links; the rest stays text.
 * Entities that overlap an earlier one or fall outside the text are left out.
 */
final class TelegramText {
  private TelegramText() {}

  /** The text as the blog shows it. */
  static RichText read(String text, List<Entity> entities) {
    RichText.Builder body = RichText.builder();
    int end = 0;
    for (Entity entity : linksInOrder(entities)) {
      int start = entity.offset();
      int stop = start + entity.length();
      if (start < end || stop > text.length()) {
        continue;
      }
      String shown = text.substring(start, stop);
      body.text(text.substring(end, start)).link(shown, "url".equals(entity.type()) ? withScheme(shown) : entity.url());
      end = stop;
    }
    return body.text(text.substring(end)).build();
  }

  /** Telegram marks {@code example.com} as a URL too; browsers need the scheme. */
  private static String withScheme(String url) {
    return url.contains("://") ? url : "http://" + url;
  }

  private static List<Entity> linksInOrder(List<Entity> entities) {
    return (entities == null ? List.<Entity>of() : entities).stream()
        .filter(entity -> "url".equals(entity.type()) || "text_link".equals(entity.type()))
        .filter(entity -> entity.offset() >= 0 && entity.length() > 0)
        .sorted(Comparator.comparingInt(Entity::offset))
        .toList();
  }
}
