package test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link GitHubReceiver}: serves {@code /github/events}
 * as {@code github}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class GitHubReceiver_WebhookReceiver implements WebhookReceiver {
  private final GitHubReceiver receiver;

  private final ObjectMapper mapper;

  private ObjectReader pushReader;

  public GitHubReceiver_WebhookReceiver(GitHubReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.mapper = mapper;
  }

  /**
   * What the route registry needs to know of this receiver; {@code factory} calls
   * {@link #wrap} and {@link #newInstance}.
   */
  public static ReceiverDefinition<?> definition(ReceiverFactory factory) {
    return ReceiverDefinition.of(
            GitHubReceiver.class,
            "github",
            "/github/events",
            factory)
        .withDefaultConstructor(factory)
        .withMaxBodyBytes(26214400L);
  }

  /**
   * This receiver around {@code receiver}, an instance of {@link GitHubReceiver}.
   */
  public static WebhookReceiver wrap(Object receiver, ObjectMapper mapper) {
    return new GitHubReceiver_WebhookReceiver((GitHubReceiver) receiver, mapper);
  }

  /**
   * A new {@link GitHubReceiver}, for applications that do not supply one.
   */
  public static Object newInstance() {
    return new GitHubReceiver();
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
        return delivery.json(receiver.push(delivery.bind(pushReader())));
      default:
        // No handler for this event type: acknowledged and ignored.
        return WebhookResponse.ok();
    }
  }

  @Override
  public String deliveryId(Delivery delivery) {
    return delivery.deliveryIdFromHeader("X-GitHub-Delivery");
  }

  /**
   * The reader of {@code push}'s event, made on its first delivery.
   */
  private ObjectReader pushReader() {
    ObjectReader reader = pushReader;
    if (reader == null) {
      reader = mapper.readerFor(GitHubReceiver.Push.class);
      pushReader = reader;
    }
    return reader;
  }
}
