package io.hookwire.example.github;

import io.hookwire.example.blog.RichText;
import io.hookwire.example.github.GitHubPayloads.Commit;
import io.hookwire.example.github.GitHubPayloads.IssuesEvent;
import io.hookwire.example.github.GitHubPayloads.PushEvent;
import java.util.List;

/** Writes GitHub events as the text of a post: what happened, with links to GitHub. */
final class GitHubSummaries {
  /** A push lists at most this many commits; the compare link shows the rest. */
  static final int MAX_COMMITS = 5;
  private static final int SHORT_SHA = 7;

  private GitHubSummaries() {}

  /** {@code Pushed 2 commits to main} and one line per commit: short id (linked) and first line. */
  static RichText push(PushEvent push) {
    List<Commit> commits = push.commits() == null ? List.of() : push.commits();
    String what = commits.size() == 1 ? "1 commit" : commits.size() + " commits";
    RichText.Builder text = RichText.builder()
        .text("Pushed ")
        .link(what, String.valueOf(push.compare()))
        .text(" to " + branch(push.ref()));
    commits.stream().limit(MAX_COMMITS).forEach(commit -> text
        .text("\n• ")
        .link(shortSha(commit.id()), String.valueOf(commit.url()))
        .text(" " + firstLine(commit.message())));
    if (commits.size() > MAX_COMMITS) {
      text.text("\n… and " + (commits.size() - MAX_COMMITS) + " more");
    }
    return text.build();
  }

  /** {@code Opened issue #12: title}, the number linking to the issue. */
  static RichText issue(IssuesEvent event) {
    String verb = Character.toUpperCase(event.action().charAt(0)) + event.action().substring(1);
    return RichText.builder()
        .text(verb + " issue ")
        .link("#" + event.issue().number(), String.valueOf(event.issue().htmlUrl()))
        .text(": " + String.valueOf(event.issue().title()))
        .build();
  }

  private static String branch(String ref) {
    if (ref == null) {
      return "a branch";
    }
    return ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
  }

  private static String shortSha(String sha) {
    return sha == null ? "commit" : sha.substring(0, Math.min(SHORT_SHA, sha.length()));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
