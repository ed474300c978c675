package io.hookwire.example.github;

import io.hookwire.Header;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.example.blog.LiveBlog;
import io.hookwire.example.blog.Names;
import io.hookwire.example.blog.NewPost;
import io.hookwire.example.blog.PostKey;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.github.GitHubPayloads.IssuesEvent;
import io.hookwire.example.github.GitHubPayloads.PingEvent;
import io.hookwire.example.github.GitHubPayloads.PushEvent;
import io.hookwire.example.github.GitHubPayloads.Repository;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GitHub repository's webhook: pushes and issues opened, closed or reopened become posts; the
 * {@code ping} GitHub sends when the webhook is created is acknowledged. The event type is the
 * {@code X-GitHub-Event} header, then the body's {@code action}, as octokit names them:
 * {@code issues.opened}.
 *
 * <p>{@code X-GitHub-Delivery} is the id GitHub gives each delivery and keeps when it redelivers
 * one: Hookwire acknowledges a redelivery without calling the handler again, and posts are keyed
 * by it too, so that none is added twice even across a restart.
 */
@Webhook(
    path = "/github/events",
    name = "github_events_handler",
    typeHeader = "X-GitHub-Event",
    typePointer = "/action",
    deliveryIdHeader = "X-GitHub-Delivery",
    maxBodyBytes = GitHubReceiver.MAX_PAYLOAD_BYTES)
public class GitHubReceiver {
  /** GitHub caps a payload at 25 MB, above the default limit; a big push can come close. */
  static final long MAX_PAYLOAD_BYTES = 25L * 1024 * 1024;
  /** The {@link PostKey#source()} of GitHub's posts. */
  public static final String SOURCE = "github";
  private static final Logger LOG = LoggerFactory.getLogger(GitHubReceiver.class);

  private final GitHubSignature signature;
  private final LiveBlog blog;

  /** A receiver for the webhook with this secret, posting to {@code blog}. */
  public GitHubReceiver(String webhookSecret, LiveBlog blog) {
    this.signature = new GitHubSignature(webhookSecret);
    this.blog = blog;
  }

  /** Checks {@code X-Hub-Signature-256}, an HMAC of the raw body. */
  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  /** Acknowledges the webhook's creation. */
  @OnEvent("ping")
  String ping(PingEvent ping) {
    LOG.info("GitHub webhook {} says: {}", ping.hookId(), ping.zen());
    return "pong";
  }

  /** Commits pushed: one post listing them. */
  @OnEvent("push")
  void push(PushEvent push, @Header("X-GitHub-Delivery") Optional<String> delivery) {
    if (push.commits() != null && !push.commits().isEmpty()) {
      String author = Names.firstNonBlank(push.pusher() == null ? null : push.pusher().name(), login(push.sender()));
      post(push.repository(), delivery, author, GitHubSummaries.push(push));
    }
  }

  /** An issue opened, closed or reopened: one post. Its other actions have no handler. */
  @OnEvent({"issues.opened", "issues.closed", "issues.reopened"})
  void issue(IssuesEvent event, @Header("X-GitHub-Delivery") Optional<String> delivery) {
    if (event.issue() != null) {
      post(event.repository(), delivery, login(event.sender()), GitHubSummaries.issue(event));
    }
  }

  private void post(Repository repository, Optional<String> delivery, String author, RichText body) {
    String name = repository == null ? "GitHub" : Names.firstNonBlank(repository.fullName(), "GitHub");
    // Without a delivery id nothing tells a redelivery apart: every delivery makes a post.
    String id = delivery.orElseGet(() -> UUID.randomUUID().toString());
    blog.add(new NewPost(new PostKey(SOURCE, name, id), name, author, body));
  }

  private static String login(GitHubPayloads.Account account) {
    return account == null ? "GitHub" : Names.firstNonBlank(account.login(), "GitHub");
  }
}
