package test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.ReceiverDefinition;
import io.hookwire.runtime.WebhookReceiver;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.internal.Delivery;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link SlackReceiver}: serves {@code /slack/events}
 * as {@code slack_events_handler}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class SlackReceiver_WebhookReceiver implements WebhookReceiver {
  private static final JsonPointer TYPE_POINTER = JsonPointer.compile("/type");

  private final SlackReceiver receiver;

  private final ObjectReader challengeReader;

  private final ObjectReader messageReader;

  public SlackReceiver_WebhookReceiver(SlackReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.challengeReader = mapper.readerFor(SlackReceiver.UrlVerification.class);
    this.messageReader = mapper.readerFor(SlackReceiver.EventCallback.class);
  }

  /**
   * What the route registry needs to know of this receiver.
   */
  public static ReceiverDefinition<?> definition() {
    return ReceiverDefinition.of(
            SlackReceiver.class,
            "slack_events_handler",
            "/slack/events",
            SlackReceiver_WebhookReceiver::new)
        .withDefaultConstructor(SlackReceiver::new);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    receiver.verify(delivery.request());
    return true;
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeAt(TYPE_POINTER)) {
      case "url_verification":
        return WebhookResponse.text(200, receiver.challenge(delivery.bind(challengeReader)));
      case "event_callback":
      case "app_rate_limited":
        receiver.message(delivery.bind(messageReader), delivery.optionalHeader("X-Slack-Retry-Num"));
        return WebhookResponse.ok();
      default:
        receiver.other(delivery.tree());
        return WebhookResponse.ok();
    }
  }
}
