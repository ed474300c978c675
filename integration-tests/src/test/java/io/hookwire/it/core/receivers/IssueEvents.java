package io.hookwire.it.core.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;

/**
 * GitHub's event types as octokit names them: the {@code X-GitHub-Event} header, then the body's
 * {@code action}. Each handler answers with its name and the type's parts it saw, so a test can
 * tell which one took a delivery.
 */
@Webhook(path = "/issue-events", name = "issue_events", typeHeader = "X-GitHub-Event", typePointer = "/action")
public class IssueEvents {
  public record Issue(int number) {}

  public record IssueEvent(String action, Issue issue) {}

  @Verify
  boolean verify() {
    return true;
  }

  @OnEvent({"issues.opened", "issues.reopened"})
  String opened(IssueEvent event) {
    return "opened #" + event.issue().number();
  }

  @OnEvent("issues")
  String otherIssue(JsonNode event) {
    JsonNode action = event.path("action");
    return "issues " + (action.isTextual() ? action.asText() : "-");
  }

  @OnEvent("ping")
  String ping(JsonNode event) {
    return "ping";
  }

  /** Takes the raw body, which needs no parsing. */
  @OnEvent
  String rest(String body) {
    return "rest";
  }
}
