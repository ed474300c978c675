package io.hookwire.it.receivers;

import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;

/**
 * A GitHub webhook whose content type is set to {@code application/x-www-form-urlencoded}: GitHub
 * then sends the JSON as the form's {@code payload} field, and signs the form as sent.
 */
@Webhook(path = GitHubForms.PATH, name = "github_forms", typeHeader = "X-GitHub-Event")
public class GitHubForms {
  public static final String PATH = "/github/forms";

  public record Repository(String full_name) {}

  public record Push(String ref, Repository repository) {}

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
}
