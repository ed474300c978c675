package io.hookwire.example.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.example.media.FileDownloader;
import io.hookwire.example.media.MediaStore;
import io.hookwire.example.media.StoredImage;
import io.hookwire.example.telegram.TelegramPayloads.PhotoSize;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a message's photo, as wagtail-live does: the largest of its sizes, whose
 * {@code file_path} the Bot API's {@code getFile} gives, downloaded from the Bot API's file
 * URL and kept in the blog's {@link MediaStore}. A photo that cannot be fetched is logged at
 * {@code WARN} and left out; the message still becomes a post.
 */
public final class TelegramPhotos {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramPhotos.class);
  /** What Telegram's {@code file_path}s look like, such as {@code photos/file_3.jpg}: never a way out of the file URL. */
  private static final Pattern FILE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");
  private static final Comparator<PhotoSize> LARGEST_LAST = Comparator
      .comparingLong((PhotoSize size) -> (long) size.width() * size.height())
      .thenComparingLong(size -> size.fileSize() == null ? 0 : size.fileSize());

  private final BotApi api;
  private final FileDownloader downloader;
  private final MediaStore media;

  /** Fetches through {@code api} with {@code downloader}'s bounds, into {@code media}. */
  public TelegramPhotos(BotApi api, FileDownloader downloader, MediaStore media) {
    this.api = api;
    this.downloader = downloader;
    this.media = media;
  }

  /** The path of the largest size of the photo once stored, or empty when it could not be fetched. */
  Optional<String> fetch(List<PhotoSize> sizes) {
    Optional<PhotoSize> largest = sizes.stream().filter(size -> size.fileId() != null).max(LARGEST_LAST);
    if (largest.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode file = api.call("getFile", Map.of("file_id", largest.get().fileId()));
      String path = file.path("file_path").asText("");
      if (!FILE_PATH.matcher(path).matches() || path.contains("..")) {
        // Not logged: it is not a path Telegram gives, and may hold anything.
        LOG.warn("Telegram photo left out: getFile gave no usable file_path");
        return Optional.empty();
      }
      Optional<StoredImage> image = media.add(api.download(path, downloader));
      if (image.isEmpty()) {
        LOG.warn("Telegram photo left out: {} is not a PNG, JPEG, GIF or WebP image", path);
      }
      return image.map(StoredImage::path);
    } catch (BotApiException e) {
      LOG.warn("Telegram photo left out: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
