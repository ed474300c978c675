package io.hookwire.example.discord;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.discord.DiscordPayloads.Interaction;
import io.hookwire.example.discord.DiscordPayloads.InteractionResponse;
import io.hookwire.example.discord.DiscordPayloads.Option;
import io.hookwire.example.discord.DiscordPayloads.User;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.DiscordSignature;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Discord application's interactions endpoint: the {@code /post} slash command adds its
 * {@code text} option to the blog. Discord signs every interaction with the application's
 * Ed25519 key, and answers a bad signature with {@code 401}, as Discord expects (it sends forged
 * requests to an endpoint before accepting it). The {@code PING} Discord sends when the endpoint
 * is saved is answered {@code {"type":1}}.
 */
@Webhook(path = "/discord/interactions", name = "discord_interactions_handler", typePointer = "/type", rejectStatus = 401)
public class DiscordReceiver {
  /** The {@link PostKey#source()} of Discord's posts. */
  public static final String SOURCE = "discord";
  /** The command that posts, and its option. */
  public static final String POST_COMMAND = "post";
  /** The option of {@link #POST_COMMAND} that holds the text. */
  public static final String TEXT_OPTION = "text";
  /** Discord shows at most 2,000 characters of a message. */
  private static final int MAX_CONTENT = 2000;
  private static final String HELP = "Use /post with some text to add it to the live blog.";

  private final DiscordSignature signature;
  private final LiveBlog blog;

  /** A receiver for the application with this public key (64 hex digits), posting to {@code blog}. */
  public DiscordReceiver(String publicKeyHex, LiveBlog blog) {
    this.signature = new DiscordSignature(publicKeyHex);
    this.blog = Objects.requireNonNull(blog, "blog");
  }

  /** Checks {@code X-Signature-Ed25519} over {@code X-Signature-Timestamp} and the raw body. */
  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  /** Discord's {@code PING}: answered with a {@code PONG}. */
  @OnEvent("1")
  InteractionResponse ping(Interaction ping) {
    return InteractionResponse.PONG;
  }

  /** A slash command: {@code /post text} becomes a post; any other is answered with help. */
  @OnEvent("2")
  InteractionResponse command(Interaction interaction) {
    Optional<String> text = postText(interaction);
    if (text.isEmpty() || interaction.id() == null) {
      return InteractionResponse.ephemeral(HELP);
    }
    String channelId = Names.firstNonBlank(interaction.channelId(), "direct");
    String channel = interaction.channel() != null && interaction.channel().name() != null
        ? "#" + interaction.channel().name() : "#" + channelId;
    blog.add(new NewPost(new PostKey(SOURCE, channelId, interaction.id()), channel, author(interaction),
        RichText.plain(text.get())));
    return InteractionResponse.message(cut("Posted to the live blog: " + text.get()));
  }

  private static Optional<String> postText(Interaction interaction) {
    if (interaction.data() == null || !POST_COMMAND.equals(interaction.data().name())) {
      return Optional.empty();
    }
    List<Option> options = interaction.data().options() == null ? List.of() : interaction.data().options();
    return options.stream()
        .filter(option -> TEXT_OPTION.equals(option.name()) && option.value() instanceof String)
        .map(option -> ((String) option.value()).strip())
        .filter(value -> !value.isEmpty())
        .findFirst();
  }

  /** The member's nickname in the server, else the user's display name, else the user name. */
  private static String author(Interaction interaction) {
    User user = interaction.member() != null ? interaction.member().user() : interaction.user();
    String nick = interaction.member() != null ? interaction.member().nick() : null;
    return user == null ? Names.firstNonBlank(nick, "Discord")
        : Names.firstNonBlank(nick, user.globalName(), user.username(), "Discord");
  }

  private static String cut(String content) {
    if (content.length() <= MAX_CONTENT) {
      return content;
    }
    int end = MAX_CONTENT - 1;
    return content.substring(0, Character.isHighSurrogate(content.charAt(end - 1)) ? end - 1 : end) + "…";
  }
}
