package io.hookwire.example.slack;

import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.media.FileDownloader;
import io.hookwire.example.media.MediaStore;
import io.hookwire.example.media.StoredImage;
import io.hookwire.example.slack.SlackPayloads.SlackFile;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Slack message's text and shared files into a post's body and image. With a bot token
 * ({@code SLACK_BOT_TOKEN}, with the {@code files:read} scope) the first shared image is fetched
 * from Slack and shown; every other file, and any image when there is no token or the fetch
 * fails, is a line {@code File: <title>} linking to its page in Slack. A file is named by its
 * title, else its name, else its kind ({@code PDF}); a file with none of them is left out.
 *
 * <p>The bot token is sent only to Slack's file host ({@code https://files.slack.com/}), so that
 * a file URL pointing elsewhere cannot collect it.
 */
public final class SlackFiles {
  /** Where Slack serves shared files. */
  public static final String SLACK_FILE_HOST = "https://files.slack.com/";
  private static final Logger LOG = LoggerFactory.getLogger(SlackFiles.class);

  private final Optional<String> botToken;
  private final String fileHost;
  private final FileDownloader downloader;
  private final MediaStore media;

  /** Files fetched from {@link #SLACK_FILE_HOST} with {@code botToken}, when there is one. */
  public SlackFiles(Optional<String> botToken, FileDownloader downloader, MediaStore media) {
    this(botToken, SLACK_FILE_HOST, downloader, media);
  }

  /** Files fetched from {@code fileHost}, a URL prefix ending in {@code /}; for tests. */
  SlackFiles(Optional<String> botToken, String fileHost, FileDownloader downloader, MediaStore media) {
    this.botToken = Objects.requireNonNull(botToken, "botToken");
    this.fileHost = fileHost;
    this.downloader = downloader;
    this.media = media;
  }

  /**
   * A post's content from a message.
   *
   * @param body the text, then a line for each file not shown as the image
   * @param image the path of the image shown, or {@code null}
   */
  public record Content(RichText body, String image) {}

  /** The content of a message with {@code text} (in Slack's markup) and {@code files}, either may be absent. */
  public Content read(String text, List<SlackFile> files) {
    RichText.Builder body = RichText.builder().append(SlackMarkup.read(text == null ? "" : text));
    String image = null;
    for (SlackFile file : files == null ? List.<SlackFile>of() : files) {
      if (file == null) {
        continue;
      }
      Optional<String> fetched = image == null ? fetchImage(file) : Optional.empty();
      if (fetched.isPresent()) {
        image = fetched.get();
      } else {
        describe(body, file);
      }
    }
    return new Content(body.build(), image);
  }

  /**
   * The body of an edited message, fetching nothing: Slack repeats the files with every edit. When
   * the post shows an image already, the image it came from (the first one) gets no line.
   */
  public RichText edited(String text, List<SlackFile> files, boolean showsImage) {
    RichText.Builder body = RichText.builder().append(SlackMarkup.read(text == null ? "" : text));
    boolean imageSkipped = !showsImage;
    for (SlackFile file : files == null ? List.<SlackFile>of() : files) {
      if (file == null) {
        continue;
      }
      if (!imageSkipped && isImage(file)) {
        imageSkipped = true;
      } else {
        describe(body, file);
      }
    }
    return body.build();
  }

  private static void describe(RichText.Builder body, SlackFile file) {
    String name = Names.firstNonBlank(file.title(), file.name(), file.prettyType(), file.filetype(), "");
    if (name.isBlank()) {
      return;
    }
    body.text(body.build().isBlank() ? "" : "\n").text("File: ");
    if (file.permalink() != null) {
      body.link(name, file.permalink());  // its name as text when the permalink is not a web link
    } else {
      body.text(name);
    }
  }

  private Optional<String> fetchImage(SlackFile file) {
    if (botToken.isEmpty() || !isImage(file)) {
      return Optional.empty();
    }
    Optional<String> url = Stream.of(file.urlPrivateDownload(), file.urlPrivate())
        .filter(candidate -> candidate != null && candidate.startsWith(fileHost))
        .findFirst();
    if (url.isEmpty()) {
      LOG.warn("Slack image not fetched: its URL is not on {}", fileHost);
      return Optional.empty();
    }
    URI location;
    try {
      location = URI.create(url.get());
    } catch (IllegalArgumentException e) {
      LOG.warn("Slack image not fetched: its URL is malformed");
      return Optional.empty();
    }
    try {
      byte[] bytes = downloader.download(location, Map.of("Authorization", "Bearer " + botToken.get()));
      Optional<StoredImage> image = media.add(bytes);
      if (image.isEmpty()) {
        LOG.warn("Slack image not shown: the file is not a PNG, JPEG, GIF or WebP image");
      }
      return image.map(StoredImage::path);
    } catch (IOException e) {
      LOG.warn("Slack image not fetched: the download {}", e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** An image by its type; SVG is left out, as it may carry script. */
  private static boolean isImage(SlackFile file) {
    return file.mimetype() != null && file.mimetype().startsWith("image/") && !file.mimetype().startsWith("image/svg");
  }
}
