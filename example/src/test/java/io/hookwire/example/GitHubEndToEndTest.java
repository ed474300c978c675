package io.hookwire.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.example.blog.Post;
import io.hookwire.example.blog.Span;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A GitHub repository's webhook against the running example, each delivery signed as GitHub signs it. */
class GitHubEndToEndTest {
  @RegisterExtension
  static final SharedServer SERVER = new SharedServer();
  private static int repositoryCounter;
  private String repository;

  /** Each test writes to a repository of its own, so that tests sharing the server do not see each other's posts. */
  @BeforeEach
  void newRepository() {
    repository = "acme/site-" + (++repositoryCounter);
  }

  @Test
  void aPushBecomesAPostListingItsCommits() throws Exception {
    String body = "{\"ref\":\"refs/heads/main\",\"compare\":\"https://github.com/" + repository + "/compare/a...b\","
        + "\"commits\":[{\"id\":\"0123456789abcdef0123456789abcdef01234567\",\"message\":\"Fix the header\\n\\nLonger text\","
        + "\"url\":\"https://github.com/" + repository + "/commit/0123456\"},"
        + "{\"id\":\"fedcba9876543210fedcba9876543210fedcba98\",\"message\":\"Add a footer\","
        + "\"url\":\"https://github.com/" + repository + "/commit/fedcba9\"}],"
        + repositoryJson() + ",\"pusher\":{\"name\":\"mona\"},\"sender\":{\"login\":\"mona\"}}";

    assertEquals(200, deliver("push", UUID.randomUUID().toString(), body).statusCode());

    Post post = only();
    assertEquals("mona", post.author());
    assertEquals(repository, post.channel());
    assertEquals("Pushed 2 commits to main\n• 0123456 Fix the header\n• fedcba9 Add a footer", post.body().plainText());
    assertEquals(Span.link("0123456", "https://github.com/" + repository + "/commit/0123456"), post.body().spans().get(3));
  }

  @Test
  void openedAndClosedIssuesArePostedOtherActionsAreNot() throws Exception {
    deliver("issues", UUID.randomUUID().toString(), issue("opened"));
    deliver("issues", UUID.randomUUID().toString(), issue("labeled"));
    deliver("issues", UUID.randomUUID().toString(), issue("closed"));

    List<String> texts = posts().stream().map(post -> post.body().plainText()).toList();
    assertEquals(List.of("Closed issue #7: Page is blank", "Opened issue #7: Page is blank"), texts);
  }

  @Test
  void aRedeliveryAddsNoSecondPost() throws Exception {
    String delivery = UUID.randomUUID().toString();

    assertEquals(200, deliver("issues", delivery, issue("opened")).statusCode());
    assertEquals(200, deliver("issues", delivery, issue("opened")).statusCode());

    only();
  }

  @Test
  void aPingIsAcknowledged() throws Exception {
    HttpResponse<String> answer = deliver("ping", UUID.randomUUID().toString(),
        "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":12345678," + repositoryJson() + "}");

    assertEquals(200, answer.statusCode());
    assertEquals("pong", answer.body());
    assertTrue(posts().isEmpty());
  }

  @Test
  void anUnhandledEventIsAcknowledgedAndIgnored() throws Exception {
    assertEquals(200, deliver("star", UUID.randomUUID().toString(), "{\"action\":\"created\"," + repositoryJson() + "}").statusCode());
    assertTrue(posts().isEmpty());
  }

  @Test
  void aForgedDeliveryIsRefusedAndAddsNothing() throws Exception {
    String body = issue("opened");

    HttpResponse<String> wrongSecret = SERVER.get().post("/github/events", body, "X-GitHub-Event", "issues",
        "X-Hub-Signature-256", ProviderSigning.github("not-the-secret", body));
    HttpResponse<String> tampered = SERVER.get().post("/github/events", body.replace("blank", "fine"), "X-GitHub-Event", "issues",
        "X-Hub-Signature-256", ProviderSigning.github(TestServer.GITHUB_SECRET, body));

    assertEquals(403, wrongSecret.statusCode());
    assertEquals(403, tampered.statusCode());
    assertTrue(posts().isEmpty());
  }

  private HttpResponse<String> deliver(String event, String delivery, String body) throws Exception {
    return SERVER.get().post("/github/events", body, "X-GitHub-Event", event, "X-GitHub-Delivery", delivery,
        "X-Hub-Signature-256", ProviderSigning.github(TestServer.GITHUB_SECRET, body));
  }

  private String issue(String action) {
    return "{\"action\":\"" + action + "\",\"issue\":{\"number\":7,\"title\":\"Page is blank\","
        + "\"html_url\":\"https://github.com/" + repository + "/issues/7\",\"user\":{\"login\":\"mona\"}},"
        + repositoryJson() + ",\"sender\":{\"login\":\"mona\"}}";
  }

  private String repositoryJson() {
    return "\"repository\":{\"full_name\":\"" + repository + "\",\"html_url\":\"https://github.com/" + repository + "\"}";
  }

  private List<Post> posts() {
    return SERVER.get().posts().stream().filter(post -> post.channel().equals(repository)).toList();
  }

  private Post only() {
    List<Post> posts = posts();
    assertEquals(1, posts.size(), () -> "posts of " + repository + ": " + posts);
    return posts.get(0);
  }
}
