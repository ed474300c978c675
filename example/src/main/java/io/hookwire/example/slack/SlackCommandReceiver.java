package io.hookwire.example.slack;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.blog.RichText;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;
import java.util.Objects;

/**
 * Slack's slash commands: {@code /post text} adds the text to the blog. Slack posts a command as
 * an {@code application/x-www-form-urlencoded} form, which Hookwire binds as the JSON object of
 * its fields, so the receiver dispatches on {@code /command}; the signature covers the form's
 * bytes exactly as Slack sent them, and is checked before anything is parsed.
 *
 * <p>Each answer is an ephemeral message, shown only to the user who ran the command. Slack does
 * not retry a slash command, and each run has its own {@code trigger_id}, which keys its post.
 */
@Webhook(path = "/slack/commands", name = "slack_commands_handler", typePointer = "/command")
public class SlackCommandReceiver {
  /** The command that posts. */
  public static final String POST = "/post";
  private static final String HELP = "Use /post followed by your text to add it to the live blog.";

  /** A slash command, as Slack's form fields. */
  public record SlashCommand(
      String command,
      String text,
      @JsonProperty("user_id") String userId,
      @JsonProperty("user_name") String userName,
      @JsonProperty("channel_id") String channelId,
      @JsonProperty("channel_name") String channelName,
      @JsonProperty("trigger_id") String triggerId) {}

  /**
   * Slack's answer to a command, as JSON.
   *
   * @param responseType {@code ephemeral}: only the user who ran the command sees it
   * @param text what they see, in Slack's markup
   */
  public record CommandAnswer(@JsonProperty("response_type") String responseType, String text) {
    static CommandAnswer ephemeral(String text) {
      return new CommandAnswer("ephemeral", text);
    }
  }

  private final SlackSignature signature;
  private final LiveBlog blog;

  /** A receiver for the app with this signing secret, posting to {@code blog}. */
  public SlackCommandReceiver(String signingSecret, LiveBlog blog) {
    this.signature = new SlackSignature(signingSecret);
    this.blog = Objects.requireNonNull(blog, "blog");
  }

  /** Checks {@code X-Slack-Signature}, an HMAC of the timestamp and the form as sent. */
  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  /** {@code /post text}: a post with the text, in Slack's markup; without text, the help. */
  @OnEvent(POST)
  CommandAnswer post(SlashCommand command) {
    RichText body = SlackMarkup.read(command.text() == null ? "" : command.text());
    if (body.isBlank() || command.channelId() == null || command.triggerId() == null) {
      return CommandAnswer.ephemeral(HELP);
    }
    String channel = "#" + Names.firstNonBlank(command.channelName(), command.channelId());
    String author = Names.firstNonBlank(command.userName(), command.userId(), "Slack");
    boolean added = blog.add(new NewPost(new PostKey(SlackReceiver.SOURCE, command.channelId(), command.triggerId()),
        channel, author, body)).isPresent();
    return CommandAnswer.ephemeral(added ? "Posted to the live blog." : "Already on the live blog.");
  }

  /** Any other command this app was given: the help. */
  @OnEvent
  CommandAnswer other(SlashCommand command) {
    return CommandAnswer.ephemeral(HELP);
  }
}
