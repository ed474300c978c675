package io.hookwire.sample.spring;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The application's own endpoint, beside the webhook: the stars received so far, as JSON. */
@RestController
public class StarsController {
  private final Stargazers stargazers;

  public StarsController(Stargazers stargazers) {
    this.stargazers = stargazers;
  }

  @GetMapping("/stars")
  List<Stargazers.Star> stars() {
    return stargazers.all();
  }
}
