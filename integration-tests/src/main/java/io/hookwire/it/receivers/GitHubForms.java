package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A GitHub webhook whose content type is set to {@code application/x-www-form-urlencoded}: GitHub
 * then sends the JSON as the form's {@code payload} field, and signs the form as sent. The event
 * type's second part, {@code /action}, is read from that JSON as from a JSON body.
 */
@Webhook(path = GitHubForms.PATH, name = "github_forms", typeHeader = "X-GitHub-Event", typePointer = "/action")
public class GitHubForms {
  public static final String PATH = "/github/forms";

  public record Repository(String full_name) {}

  public record Push(String ref, Repository repository) {}

  public record Issue(int number) {}

  public record IssueEvent(String action, Issue issue) {}

  private final GitHubSignature signature;

  public GitHubForms(String secret) {
    this.signature = new GitHubSignature(secret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("push")
  String push(Push push) {
    return "pushed " + push.ref() + " to " + push.repository().full_name();
  }

  @OnEvent("issues.opened")
  String opened(IssueEvent event) {
    return "opened #" + event.issue().number();
  }
}
