package io.hookwire.example.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.example.blog.Span;
import io.hookwire.example.telegram.TelegramPayloads.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramTextTest {

  @Test
  void urlAndTextLinkEntitiesBecomeLinks() {
    String text = "See example.org and the docs";
    List<Entity> entities = List.of(
        new Entity("bold", 0, 3, null),
        new Entity("text_link", 24, 4, "https://example.org/docs"),
        new Entity("url", 4, 11, null));

    assertEquals(List.of(Span.text("See "), Span.link("example.org", "http://example.org"), Span.text(" and the "),
        Span.link("docs", "https://example.org/docs")), TelegramText.read(text, entities).spans());
  }

  @Test
  void offsetsCountUtf16UnitsSoTextAfterAnEmojiStaysAligned() {
    String text = "\uD83D\uDE80 https://x.org";

    assertEquals(List.of(Span.text("\uD83D\uDE80 "), Span.link("https://x.org", "https://x.org")),
        TelegramText.read(text, List.of(new Entity("url", 3, 13, null))).spans());
  }

  @Test
  void entitiesOutsideTheTextOverlappingOrWithOtherSchemesStayText() {
    String text = "tap here now";
    List<Entity> entities = List.of(
        new Entity("text_link", 4, 4, "javascript:alert(1)"),
        new Entity("url", 6, 4, null),
        new Entity("url", 10, 40, null));

    assertEquals(List.of(Span.text("tap here now")), TelegramText.read(text, entities).spans());
  }
}
