package io.hookwire.sample.spring;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * GitHub's webhook for the star events of a repository, as a Spring bean: its constructor gets
 * the {@link Stargazers} service and the secret property injected, and the starter serves it at
 * {@code POST /github}.
 */
@Component
@Webhook(path = "/github", name = "github", typeHeader = "X-GitHub-Event", deliveryIdHeader = "X-GitHub-Delivery")
public class GitHubWebhook {
  /** The part of a star event this application reads; Jackson ignores the rest. */
  public record StarEvent(String action, Repository repository, User sender) {}

  /** The starred repository. */
  public record Repository(String full_name) {}

  /** Who starred it. */
  public record User(String login) {}

  private final Stargazers stargazers;
  private final GitHubSignature signature;

  public GitHubWebhook(Stargazers stargazers, @Value("${sample.github.secret}") String secret) {
    this.stargazers = stargazers;
    this.signature = new GitHubSignature(secret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("ping")
  String ping(StarEvent ping) {
    return "pong";
  }

  @OnEvent("star")
  void star(StarEvent star) {
    if ("created".equals(star.action())) {
      stargazers.add(new Stargazers.Star(star.repository().full_name(), star.sender().login()));
    }
  }
}
