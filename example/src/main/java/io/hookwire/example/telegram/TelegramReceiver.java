package io.hookwire.example.telegram;

import io.hookwire.Connect;
import io.hookwire.IsConnected;
import io.hookwire.OnEvent;
import io.hookwire.PathParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.telegram.TelegramPayloads.Message;
import io.hookwire.example.telegram.TelegramPayloads.Update;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import io.hookwire.runtime.verify.SecretToken;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Telegram bot's webhook, as wagtail-live's Telegram receiver: messages and channel posts
 * become posts, their edits edit them. A photo's largest size is fetched through the Bot API and
 * shown with its caption; bot commands are not posts ({@link TelegramCommands}).
 *
 * <p>At start-up it asks the Bot API ({@code getWebhookInfo}) whether the bot's webhook is set
 * to this server, and if not sets it ({@code setWebhook}) with a secret token, which Telegram
 * then sends with every update. A delivery must carry the bot's token in its path and the secret
 * token in {@code X-Telegram-Bot-Api-Secret-Token}.
 */
@Webhook(path = "/telegram/events/{token}", name = "telegram_events_handler", deliveryIdPointer = "/update_id")
public class TelegramReceiver {
  /** The {@link PostKey#source()} of Telegram's posts. */
  public static final String SOURCE = "telegram";
  /** The updates the webhook asks Telegram for. */
  public static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "channel_post", "edited_channel_post");
  /** The path of the webhook, before the bot's token. */
  public static final String PATH_PREFIX = "/telegram/events/";
  /** The text of a post whose photo, sent without a caption, could not be fetched. */
  static final String PHOTO_NOT_AVAILABLE = "(a photo that could not be loaded)";

  private final BotToken botToken;
  private final String secretToken;
  private final SecretToken secretHeader;
  private final BotApi api;
  private final String webhookUrl;
  private final LiveBlog blog;
  private final TelegramPhotos photos;
  private final TelegramCommands commands;

  /**
   * A receiver for the bot with {@code botToken}, whose webhook is {@code publicUrl} followed by
   * {@code /telegram/events/<token>}, posting to {@code blog} with the photos {@code photos} fetches.
   */
  public TelegramReceiver(
      BotToken botToken, String secretToken, BotApi api, String publicUrl, LiveBlog blog, TelegramPhotos photos) {
    this.botToken = Objects.requireNonNull(botToken, "botToken");
    this.secretToken = secretToken;
    this.secretHeader = SecretToken.telegram(secretToken);
    this.api = Objects.requireNonNull(api, "api");
    this.webhookUrl = publicUrl + PATH_PREFIX + botToken.value();
    this.blog = Objects.requireNonNull(blog, "blog");
    this.photos = Objects.requireNonNull(photos, "photos");
    this.commands = new TelegramCommands(api);
  }

  /** Checks the bot's token in the path and the secret token in its header, both in constant time. */
  @Verify
  void verify(@PathParam("token") String token, WebhookRequest request) throws RequestVerificationException {
    if (!botToken.matches(token)) {
      throw new RequestVerificationException("the path does not carry this bot's token");
    }
    secretHeader.verify(request);
  }

  /** Whether Telegram sends the bot's updates to this server already. */
  @IsConnected
  boolean connected() throws WebhookSetupException {
    try {
      return webhookUrl.equals(api.call("getWebhookInfo", Map.of()).path("url").asText());
    } catch (BotApiException e) {
      throw new WebhookSetupException(e.getMessage());
    }
  }

  /** Tells Telegram to send the bot's updates to this server, with the secret token. */
  @Connect
  void connect() throws WebhookSetupException {
    try {
      api.call("setWebhook", Map.of("url", webhookUrl, "secret_token", secretToken, "allowed_updates", ALLOWED_UPDATES));
    } catch (BotApiException e) {
      throw new WebhookSetupException(e.getMessage());
    }
  }

  /** One update: a new message or post is added, an edited one edits its post. */
  @OnEvent
  void update(Update update) {
    if (update.message() != null || update.channelPost() != null) {
      add(update.message() != null ? update.message() : update.channelPost());
    } else if (update.editedMessage() != null || update.editedChannelPost() != null) {
      edit(update.editedMessage() != null ? update.editedMessage() : update.editedChannelPost());
    }
  }

  private void add(Message message) {
    if (message.chat() == null) {
      return;
    }
    Optional<String> command = TelegramCommands.commandOf(message);
    if (command.isPresent()) {
      commands.run(command.get(), message);
      return;
    }
    if (blog.find(key(message)).isPresent()) {
      return;  // sent again: its photo is fetched already
    }
    boolean hasPhoto = message.photo() != null && !message.photo().isEmpty();
    Optional<String> image = hasPhoto ? photos.fetch(message.photo()) : Optional.empty();
    RichText body = body(message);
    if (hasPhoto && image.isEmpty() && body.isBlank()) {
      body = RichText.plain(PHOTO_NOT_AVAILABLE);
    }
    if (!body.isBlank() || image.isPresent()) {
      blog.add(new NewPost(key(message), chatName(message), author(message), body, image.orElse(null)));
    }
  }

  private void edit(Message message) {
    if (message.chat() != null && TelegramCommands.commandOf(message).isEmpty()) {
      blog.edit(key(message), body(message));
    }
  }

  private static PostKey key(Message message) {
    return new PostKey(SOURCE, Long.toString(message.chat().id()), Long.toString(message.messageId()));
  }

  /** The text, or for a photo or a document, its caption. */
  private static RichText body(Message message) {
    return message.text() != null
        ? TelegramText.read(message.text(), message.entities())
        : TelegramText.read(message.caption() == null ? "" : message.caption(), message.captionEntities());
  }

  private static String chatName(Message message) {
    return Names.firstNonBlank(message.chat().title(), message.chat().username(), message.chat().firstName(), "Telegram");
  }

  /** The sender's name; in a channel, the post's signature or else the channel's name. */
  private static String author(Message message) {
    if (message.from() != null) {
      String fullName = (Objects.toString(message.from().firstName(), "") + " "
          + Objects.toString(message.from().lastName(), "")).strip();
      return Names.firstNonBlank(fullName, message.from().username(), "Telegram");
    }
    return Names.firstNonBlank(message.authorSignature(), chatName(message));
  }

  @Override
  public String toString() {
    return "TelegramReceiver[" + botToken + "]";
  }
}
