package io.hookwire.example.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of GitHub's webhook payloads that the live blog reads; any field may be absent. */
public final class GitHubPayloads {
  private GitHubPayloads() {}

  /** {@code X-GitHub-Event: push}: commits pushed to a branch or tag. */
  public record PushEvent(String ref, String compare, Repository repository, Pusher pusher, Account sender, List<Commit> commits) {}

  /** {@code X-GitHub-Event: issues}: an issue opened, closed, edited, labelled… */
  public record IssuesEvent(String action, Issue issue, Repository repository, Account sender) {}

  /** {@code X-GitHub-Event: ping}: sent when the webhook is created. */
  public record PingEvent(String zen, @JsonProperty("hook_id") Long hookId) {}

  /** A repository. */
  public record Repository(@JsonProperty("full_name") String fullName, @JsonProperty("html_url") String htmlUrl) {}

  /** Who pushed, by their Git name. */
  public record Pusher(String name) {}

  /** A GitHub account. */
  public record Account(String login) {}

  /** One commit of a push. */
  public record Commit(String id, String message, String url) {}

  /** An issue. */
  public record Issue(int number, String title, @JsonProperty("html_url") String htmlUrl) {}
}
