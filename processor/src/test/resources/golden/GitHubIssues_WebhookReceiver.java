package test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.EventType;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link GitHubIssues}: serves {@code /github/issues}
 * as {@code github_issues}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class GitHubIssues_WebhookReceiver implements WebhookReceiver {
  private static final JsonPointer ACTION_POINTER = JsonPointer.compile("/action");

  private final GitHubIssues receiver;

  private final ObjectMapper mapper;

  private ObjectReader openedReader;

  public GitHubIssues_WebhookReceiver(GitHubIssues receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.mapper = mapper;
  }

  /**
   * What the route registry needs to know of this receiver; {@code factory} calls
   * {@link #wrap} and {@link #newInstance}.
   */
  public static ReceiverDefinition<?> definition(ReceiverFactory factory) {
    return ReceiverDefinition.of(
            GitHubIssues.class,
            "github_issues",
            "/github/issues",
            factory)
        .withDefaultConstructor(factory);
  }

  /**
   * This receiver around {@code receiver}, an instance of {@link GitHubIssues}.
   */
  public static WebhookReceiver wrap(Object receiver, ObjectMapper mapper) {
    return new GitHubIssues_WebhookReceiver((GitHubIssues) receiver, mapper);
  }

  /**
   * A new {@link GitHubIssues}, for applications that do not supply one.
   */
  public static Object newInstance() {
    return new GitHubIssues();
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    return receiver.verify(delivery.bodyBytes(), delivery.header("X-Hub-Signature-256"));
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    EventType eventType = delivery.eventType("X-GitHub-Event", ACTION_POINTER);
    // The handler that names the most parts of the type takes the delivery.
    switch (eventType.prefix(2)) {
      case "issues.opened":
      case "issues.reopened":
        receiver.opened(delivery.bind(openedReader()));
        return WebhookResponse.ok();
      case "pull_request.closed":
        return WebhookResponse.text(200, receiver.ping(delivery.bodyString()));
    }
    switch (eventType.prefix(1)) {
      case "issues":
        receiver.otherIssue(delivery.tree());
        return WebhookResponse.ok();
      case "ping":
        return WebhookResponse.text(200, receiver.ping(delivery.bodyString()));
    }
    receiver.rest(delivery.tree());
    return WebhookResponse.ok();
  }

  @Override
  public boolean deferrable(Delivery delivery) throws Exception {
    EventType eventType = delivery.eventType("X-GitHub-Event", ACTION_POINTER);
    // The handler that names the most parts of the type takes the delivery.
    switch (eventType.prefix(2)) {
      case "issues.opened":
      case "issues.reopened":
        delivery.bind(openedReader());
        return true;
      case "pull_request.closed":
        return false;
    }
    switch (eventType.prefix(1)) {
      case "issues":
        delivery.tree();
        return true;
      case "ping":
        return false;
    }
    delivery.tree();
    return true;
  }

  /**
   * The reader of {@code opened}'s event, made on its first delivery.
   */
  private ObjectReader openedReader() {
    ObjectReader reader = openedReader;
    if (reader == null) {
      reader = mapper.readerFor(GitHubIssues.IssueEvent.class);
      openedReader = reader;
    }
    return reader;
  }
}
