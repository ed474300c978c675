package io.hookwire.interop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The blog's posts: written by the webhook's handler on a container thread, read by the
 * application's own route on another.
 */
final class Posts {
  private final List<String> titles = new CopyOnWriteArrayList<>();

  void add(String title) {
    titles.add(title);
  }

  /** The titles, oldest first. */
  List<String> titles() {
    return List.copyOf(titles);
  }
}
