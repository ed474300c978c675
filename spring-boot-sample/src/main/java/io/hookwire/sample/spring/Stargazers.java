package io.hookwire.sample.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Service;

/** The application's record of who starred which repository, newest last. */
@Service
public class Stargazers {
  private static final int KEPT = 100;

  private final List<Star> stars = new CopyOnWriteArrayList<>();

  /** One star given to a repository. */
  public record Star(String repository, String user) {}

  /** Records {@code star}, keeping the last hundred. */
  public void add(Star star) {
    stars.add(star);
    while (stars.size() > KEPT) {
      stars.remove(0);
    }
  }

  /** The stars recorded, oldest first. */
  public List<Star> all() {
    return List.copyOf(stars);
  }
}
