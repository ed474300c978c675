package io.hookwire.example.slack;

import io.hookwire.example.blog.RichText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a Slack message, whose markup puts links, mentions and channels in angle
 * brackets: {@code <https://x|label>}, {@code <https://x>}, {@code <@U123>},
 * {@code <#C123|general>}, {@code <!here>}. Slack escapes {@code &}, {@code <} and {@code >}
 * in the text as HTML entities; they are unescaped, and the result kept as text, never markup.
 * Only {@code http} and {@code https} targets become links; any other ({@code mailto:},
 * {@code javascript:}) shows its label as text.
 */
final class SlackMarkup {
  private static final Pattern ANGLE_BRACKETS = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");

  private SlackMarkup() {}

  /** The message text as the blog shows it. */
  static RichText read(String text) {
    RichText.Builder body = RichText.builder();
    Matcher matcher = ANGLE_BRACKETS.matcher(text);
    int end = 0;
    while (matcher.find()) {
      body.text(unescape(text.substring(end, matcher.start())));
      append(body, unescape(matcher.group(1)), matcher.group(2) == null ? null : unescape(matcher.group(2)));
      end = matcher.end();
    }
    return body.text(unescape(text.substring(end))).build();
  }

  private static void append(RichText.Builder body, String target, String label) {
    if (target.startsWith("@") || target.startsWith("#")) {
      body.text(target.charAt(0) + (label != null ? stripSigil(label) : target.substring(1)));
    } else if (target.startsWith("!")) {
      body.text(label != null ? label : "@" + target.substring(1));
    } else {
      body.link(label != null ? label : target, target);
    }
  }

  private static String stripSigil(String label) {
    return label.startsWith("@") || label.startsWith("#") ? label.substring(1) : label;
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
