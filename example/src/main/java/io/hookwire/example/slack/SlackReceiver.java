package io.hookwire.example.slack;

import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.slack.SlackPayloads.EventCallback;
import io.hookwire.example.slack.SlackPayloads.MessageEvent;
import io.hookwire.example.slack.SlackPayloads.SlackFile;
import io.hookwire.example.slack.SlackPayloads.UrlVerification;
import io.hookwire.example.slack.SlackPayloads.UserProfile;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.SlackSignature;
import java.util.List;
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

  /** A receiver for the app with this signing secret, posting to {@code blog}. */
  public SlackReceiver(String signingSecret, LiveBlog blog) {
    this.signature = new SlackSignature(signingSecret);
    this.blog = blog;
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
    RichText body = body(event.text(), event.files());
    if (isBlank(event.ts()) || body.isBlank()) {
      return;
    }
    blog.add(new NewPost(key(event.channel(), event.ts()), "#" + event.channel(), author(event), body));
  }

  private void edit(MessageEvent event) {
    if (event.message() != null && event.message().ts() != null) {
      blog.edit(key(event.channel(), event.message().ts()), body(event.message().text(), event.message().files()));
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

  /** The message's text, then a link to each file shared with it. */
  private static RichText body(String text, List<SlackFile> files) {
    RichText.Builder body = RichText.builder().append(SlackMarkup.read(text == null ? "" : text));
    for (SlackFile file : files == null ? List.<SlackFile>of() : files) {
      String name = file.title() != null ? file.title() : String.valueOf(file.name());
      body.text(body.build().isBlank() ? "" : "\n").text("File: ").link(name, String.valueOf(file.permalink()));
    }
    return body.build();
  }

  /** The author's display name when Slack sent the profile, otherwise the user's id. */
  private static String author(MessageEvent event) {
    UserProfile profile = event.userProfile() != null ? event.userProfile() : new UserProfile(null, null);
    return Names.firstNonBlank(profile.displayName(), profile.realName(), event.user(), "Slack");
  }
}
