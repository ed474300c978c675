package io.hookwire.example.blog;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The posts of the live blog, fed by the receivers and read by the page. Thread-safe: receivers
 * run on the HTTP server's threads.
 *
 * <p>Posts are kept by their {@link PostKey}, so adding a post whose key is known already does
 * nothing (a provider delivering the same message twice), and edits and deletions find the post
 * of the original message. Listeners hear of every change in the order the changes were made:
 * changes and notifications happen under one lock, so a page never sees an edit before the post
 * it edits. Listeners must therefore return quickly, without blocking.
 */
public final class LiveBlog {
  private static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(Post::created).thenComparingLong(Post::id).reversed();

  private final Clock clock;
  private final Map<PostKey, Post> posts = new HashMap<>();
  private final List<Consumer<BlogChange>> listeners = new CopyOnWriteArrayList<>();
  private long lastId;

  /** An empty blog that dates its posts by the system clock. */
  public LiveBlog() {
    this(Clock.systemUTC());
  }

  /** An empty blog that dates its posts by {@code clock}. */
  public LiveBlog(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a post, unless one with the same key exists.
   *
   * @return the post added, or empty when its key was known already
   */
  public synchronized Optional<Post> add(NewPost post) {
    if (posts.containsKey(post.key())) {
      return Optional.empty();
    }
    Post added = new Post(
        ++lastId, post.key(), post.channel(), post.author(), post.body(), post.image(), clock.instant(), null);
    posts.put(added.key(), added);
    notifyListeners(new BlogChange(BlogChange.Kind.ADDED, added));
    return Optional.of(added);
  }

  /**
   * Replaces the body of the post with this key; an unchanged body is not an edit.
   *
   * @return the post as edited, or empty when no post has the key
   */
  public synchronized Optional<Post> edit(PostKey key, RichText body) {
    Post current = posts.get(key);
    if (current == null || current.body().equals(body)) {
      return Optional.ofNullable(current);
    }
    Post edited = current.edited(body, clock.instant());
    posts.put(key, edited);
    notifyListeners(new BlogChange(BlogChange.Kind.EDITED, edited));
    return Optional.of(edited);
  }

  /**
   * Removes the post with this key.
   *
   * @return the post removed, or empty when no post has the key
   */
  public synchronized Optional<Post> remove(PostKey key) {
    Post removed = posts.remove(key);
    if (removed != null) {
      notifyListeners(new BlogChange(BlogChange.Kind.REMOVED, removed));
    }
    return Optional.ofNullable(removed);
  }

  /** The post with this key, if any. */
  public synchronized Optional<Post> find(PostKey key) {
    return Optional.ofNullable(posts.get(key));
  }

  /** Every post, newest first. */
  public synchronized List<Post> newestFirst() {
    return posts.values().stream().sorted(NEWEST_FIRST).toList();
  }

  /** Tells {@code listener} of every change from now on, until {@link #unsubscribe}. */
  public void subscribe(Consumer<BlogChange> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops telling {@code listener} of changes. */
  public void unsubscribe(Consumer<BlogChange> listener) {
    listeners.remove(listener);
  }

  private void notifyListeners(BlogChange change) {
    listeners.forEach(listener -> listener.accept(change));
  }
}
