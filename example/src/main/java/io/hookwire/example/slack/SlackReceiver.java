package io.hookwire.example.slack;

import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.slack.SlackPayloads.EventCallback;
import io.hookwire.example.slack.SlackPayloads.MessageEvent;
import io.hookwire.example.slack.SlackPayloads.UrlVerification;
import io.hookwire.example.slack.SlackPayloads.UserProfile;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Events API, as wagtail-live's Slack receiver: new messages in the channels the app is
 * in become posts, edited messages edit their post, deleted ones remove it.
 *
 * <p>Slack retries a delivery ({@code X-Slack-Retry-Num}) when the first answer was slow or
 * lost. Hookwire acknowledges a retry of an event it handled already by its {@code event_id},
 * without calling the handler again; and posts are keyed by channel and the message's
 * {@code ts}, Slack's id of a message, so that even a retry Hookwire could not recognise (say,
 * after a restart) adds nothing twice.
 *
 * <p>The event type is the outer {@code type}, then the inner {@code event.type}: only
 * {@code event_callback.message} is bound to a message. Every other event of the channels
 * ({@code channel_created}, {@code team_join}, {@code user_change}…), whose {@code channel} or
 * {@code user} is an object rather than a message's id, has no handler, so it is acknowledged
 * without being bound.
 */
@Webhook(
    path = "/slack/events",
    name = "slack_events_handler",
    typePointer = {"/type", "/event/type"},
    deliveryIdPointer = "/event_id")
public class SlackReceiver {
  /** The {@link PostKey#source()} of Slack's posts. */
  public static final String SOURCE = "slack";
  private static final Logger LOG = LoggerFactory.getLogger(SlackReceiver.class);

  private final SlackSignature signature;
  private final LiveBlog blog;
  private final SlackFiles files;

  /**
   * A receiver for the app with this signing secret, posting to {@code blog} with the shared files
   * {@code files} reads.
   */
  public SlackReceiver(String signingSecret, LiveBlog blog, SlackFiles files) {
    this.signature = new SlackSignature(signingSecret);
    this.blog = blog;
    this.files = files;
  }

  /** Checks {@code X-Slack-Signature}, an HMAC of the timestamp and the raw body. */
  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  /** Proves to Slack, when the Request URL is saved, that this server is the app's. */
  @OnEvent("url_verification")
  String challenge(UrlVerification verification) {
    return verification.challenge();
  }

  /** A message in a channel the app is in: posted, edited or deleted. */
  @OnEvent("event_callback.message")
  void message(EventCallback callback, @Header("X-Slack-Retry-Num") Optional<String> retry) {
    MessageEvent event = callback.event();
    retry.ifPresent(number -> LOG.info("Slack retry {} of event {}", number, callback.eventId()));
    // A message is found again by its channel and ts, for an edit or a deletion: without them,
    // it could only be posted, never taken back.
    if (isBlank(event.channel())) {
      return;
    }
    String subtype = event.subtype() == null ? "" : event.subtype();
    switch (subtype) {
      case "", "file_share" -> add(event);
      case "message_changed" -> edit(event);
      case "message_deleted" -> remove(event);
      default -> LOG.debug("Slack message of subtype {} ignored", subtype);
    }
  }

  private void add(MessageEvent event) {
    if (isBlank(event.ts()) || blog.find(key(event.channel(), event.ts())).isPresent()) {
      return; // nothing to post, or sent again: its image is fetched already
    }
    SlackFiles.Content content = files.read(event.text(), event.files());
    if (content.body().isBlank() && content.image() == null) {
      return;
    }
    blog.add(new NewPost(key(event.channel(), event.ts()), "#" + event.channel(), author(event), content.body(),
        content.image()));
  }

  private void edit(MessageEvent event) {
    if (event.message() != null && event.message().ts() != null) {
      PostKey key = key(event.channel(), event.message().ts());
      boolean showsImage = blog.find(key).flatMap(Post::imagePath).isPresent();
      blog.edit(key, files.edited(event.message().text(), event.message().files(), showsImage));
    }
  }

  private void remove(MessageEvent event) {
    if (event.deletedTs() != null) {
      blog.remove(key(event.channel(), event.deletedTs()));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static PostKey key(String channel, String ts) {
    return new PostKey(SOURCE, channel, ts);
  }

  /** The author's display name when Slack sent the profile, otherwise the user's id. */
  private static String author(MessageEvent event) {
    UserProfile profile = event.userProfile() != null ? event.userProfile() : new UserProfile(null, null);
    return Names.firstNonBlank(profile.displayName(), profile.realName(), event.user(), "Slack");
  }
}
