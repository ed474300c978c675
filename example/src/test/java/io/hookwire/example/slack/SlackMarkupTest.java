package io.hookwire.example.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.example.blog.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackMarkupTest {

  @Test
  void labelledAndBareLinksBecomeLinks() {
    assertEquals(List.of(Span.link("docs", "https://x.org/a?b=1&c=2"), Span.text(" and "), Span.link("http://y.org", "http://y.org")),
        SlackMarkup.read("<https://x.org/a?b=1&amp;c=2|docs> and <http://y.org>").spans());
  }

  @Test
  void mentionsChannelsAndSpecialMentionsBecomeText() {
    assertEquals("@U42 in #general, @here and @team",
        SlackMarkup.read("<@U42> in <#C1|general>, <!here> and <!subteam^S1|@team>").plainText());
  }

  @Test
  void otherSchemesShowTheirLabelAsText() {
    assertEquals(List.of(Span.text("click, mail, file")),
        SlackMarkup.read("<javascript:alert(1)|click>, <mailto:a@b.c|mail>, <file:///etc/passwd|file>").spans());
  }

  @Test
  void escapedAngleBracketsAndAmpersandsAreUnescapedAsText() {
    assertEquals(List.of(Span.text("<b>bold</b> & &amp;")), SlackMarkup.read("&lt;b&gt;bold&lt;/b&gt; &amp; &amp;amp;").spans());
  }

  @Test
  void unclosedBracketsStayText() {
    assertEquals("a < b and <https://x.org", SlackMarkup.read("a < b and <https://x.org").plainText());
  }
}
