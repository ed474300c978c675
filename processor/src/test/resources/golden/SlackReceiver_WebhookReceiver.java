package test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link SlackReceiver}: serves {@code /slack/events}
 * as {@code slack_events_handler}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class SlackReceiver_WebhookReceiver implements WebhookReceiver {
  private static final JsonPointer TYPE_POINTER = JsonPointer.compile("/type");

  private final SlackReceiver receiver;

  private final ObjectMapper mapper;

  private ObjectReader challengeReader;

  private ObjectReader messageReader;

  public SlackReceiver_WebhookReceiver(SlackReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.mapper = mapper;
  }

  /**
   * What the route registry needs to know of this receiver; {@code factory} calls
   * {@link #wrap} and {@link #newInstance}.
   */
  public static ReceiverDefinition<?> definition(ReceiverFactory factory) {
    return ReceiverDefinition.of(
            SlackReceiver.class,
            "slack_events_handler",
            "/slack/events",
            factory)
        .withDefaultConstructor(factory);
  }

  /**
   * This receiver around {@code receiver}, an instance of {@link SlackReceiver}.
   */
  public static WebhookReceiver wrap(Object receiver, ObjectMapper mapper) {
    return new SlackReceiver_WebhookReceiver((SlackReceiver) receiver, mapper);
  }

  /**
   * A new {@link SlackReceiver}, for applications that do not supply one.
   */
  public static Object newInstance() {
    return new SlackReceiver();
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
        return WebhookResponse.text(200, receiver.challenge(delivery.bind(challengeReader())));
      case "event_callback":
      case "app_rate_limited":
        receiver.message(delivery.bind(messageReader()), delivery.optionalHeader("X-Slack-Retry-Num"));
        return WebhookResponse.ok();
      default:
        receiver.other(delivery.tree());
        return WebhookResponse.ok();
    }
  }

  @Override
  public boolean deferrable(Delivery delivery) throws Exception {
    switch (delivery.eventTypeAt(TYPE_POINTER)) {
      case "url_verification":
        return false;
      case "event_callback":
      case "app_rate_limited":
        delivery.bind(messageReader());
        delivery.optionalHeader("X-Slack-Retry-Num");
        return true;
      default:
        delivery.tree();
        return true;
    }
  }

  /**
   * The reader of {@code challenge}'s event, made on its first delivery.
   */
  private ObjectReader challengeReader() {
    ObjectReader reader = challengeReader;
    if (reader == null) {
      reader = mapper.readerFor(SlackReceiver.UrlVerification.class);
      challengeReader = reader;
    }
    return reader;
  }

  /**
   * The reader of {@code message}'s event, made on its first delivery.
   */
  private ObjectReader messageReader() {
    ObjectReader reader = messageReader;
    if (reader == null) {
      reader = mapper.readerFor(SlackReceiver.EventCallback.class);
      messageReader = reader;
    }
    return reader;
  }
}
