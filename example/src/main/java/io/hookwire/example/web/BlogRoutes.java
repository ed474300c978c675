package io.hookwire.example.web;

import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.media.MediaStore;
import io.hookwire.example.media.StoredImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The blog's own routes beside the webhooks: {@code GET /} (the page), {@code GET /api/posts}
 * (every post as JSON, newest first), {@code GET /api/stream} (changes as they happen) and
 * {@code GET /media/<id>} (the posts' images).
 */
public final class BlogRoutes {
  private static final String PAGE_RESOURCE = "page.html";
  private static final String NONCE_PLACEHOLDER = "{{nonce}}";
  private static final String POSTS_PLACEHOLDER = "{{posts}}";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final LiveBlog blog;
  private final EventStream stream;
  private final MediaStore media;
  private final String page;

  /** The routes of {@code blog}, with {@code stream} telling pages of its changes, and its images in {@code media}. */
  public BlogRoutes(LiveBlog blog, EventStream stream, MediaStore media) {
    this.blog = blog;
    this.stream = stream;
    this.media = media;
    this.page = loadPage();
  }

  /** Adds the routes to {@code http}. */
  public void addTo(Service http) {
    http.get("/", this::page);
    http.get("/api/posts", this::posts);
    http.get("/api/stream", stream::serve);
    http.get(StoredImage.PATH_PREFIX + ":id", this::image);
  }

  /**
   * The page, under a Content Security Policy that allows only its own inline script (by a
   * nonce drawn for each request) and requests to this server: even if user text ever reached
   * the page as markup, no script of an attacker's would run. The posts so far come inside the
   * page, so they show without waiting for a request.
   */
  private Object page(Request request, Response response) {
    String nonce = nonce();
    response.type("text/html; charset=utf-8");
    response.header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; "
        + "style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'");
    noSniffing(response);
    // The nonce goes in first: text of the posts must never be taken for a placeholder.
    return page.replace(NONCE_PLACEHOLDER, nonce).replace(POSTS_PLACEHOLDER, BlogJson.postsInScript(blog.newestFirst()));
  }

  private Object posts(Request request, Response response) {
    response.type("application/json");
    response.header("Cache-Control", "no-store");
    noSniffing(response);
    return BlogJson.posts(blog.newestFirst());
  }

  /**
   * An image, as the type its bytes show, never as the sender said; under a policy that lets it
   * run nothing even when opened on its own. Ids are never reused, so it may be cached for good.
   */
  private Object image(Request request, Response response) {
    Optional<StoredImage> image = media.find(request.params(":id"));
    noSniffing(response);
    if (image.isEmpty()) {
      response.status(404);
      response.type("text/plain; charset=utf-8");
      return "No such image.";
    }
    response.type(image.get().type().mediaType());
    response.header("Content-Security-Policy", "default-src 'none'; sandbox");
    response.header("Cache-Control", "public, max-age=31536000, immutable");
    return image.get().bytes();
  }

  private static void noSniffing(Response response) {
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "no-referrer");
  }

  private static String nonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String loadPage() {
    try (InputStream in = BlogRoutes.class.getResourceAsStream(PAGE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + PAGE_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
