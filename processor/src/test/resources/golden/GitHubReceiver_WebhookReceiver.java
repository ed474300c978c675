package test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.ReceiverDefinition;
import io.hookwire.runtime.WebhookReceiver;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.internal.Delivery;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link GitHubReceiver}: serves {@code /github/events}
 * as {@code github}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class GitHubReceiver_WebhookReceiver implements WebhookReceiver {
  private final GitHubReceiver receiver;

  private final ObjectReader pushReader;

  public GitHubReceiver_WebhookReceiver(GitHubReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.pushReader = mapper.readerFor(GitHubReceiver.Push.class);
  }

  /**
   * What the route registry needs to know of this receiver.
   */
  public static ReceiverDefinition<?> definition() {
    return ReceiverDefinition.of(
            GitHubReceiver.class,
            "github",
            "/github/events",
            GitHubReceiver_WebhookReceiver::new)
        .withDefaultConstructor(GitHubReceiver::new)
        .withMaxBodyBytes(26214400L);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    receiver.verify(delivery.bodyBytes(), delivery.header("X-Hub-Signature-256"));
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeFromHeader("X-GitHub-Event")) {
      case "push":
        return delivery.json(receiver.push(delivery.bind(pushReader)));
      default:
        // No handler for this event type: acknowledged and ignored.
        return WebhookResponse.ok();
    }
  }

  @Override
  public String deliveryId(Delivery delivery) {
    return delivery.deliveryIdFromHeader("X-GitHub-Delivery");
  }
}
