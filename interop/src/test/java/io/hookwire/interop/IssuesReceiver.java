package io.hookwire.interop;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * GitHub's {@code issues} deliveries, signed with the webhook's secret: every issue opened becomes
 * a post of the blog.
 */
@Webhook(path = "/github/events", name = "github_issues", typeHeader = "X-GitHub-Event")
public class IssuesReceiver {
  /** The part of an {@code issues} delivery the blog reads; GitHub sends much more. */
  public record IssueEvent(String action, Issue issue) {}

  /** The issue itself. */
  public record Issue(String title) {}

  private final GitHubSignature signature;
  private final Posts posts;

  IssuesReceiver(String secret, Posts posts) {
    this.signature = new GitHubSignature(secret);
    this.posts = posts;
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("issues")
  void issue(IssueEvent event) {
    if ("opened".equals(event.action())) {
      posts.add(event.issue().title());
    }
  }
}
