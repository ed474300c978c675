package test;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link MetaReceiver}: serves {@code /meta/{app}}
 * as {@code meta}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class MetaReceiver_WebhookReceiver implements WebhookReceiver {
  private static final JsonPointer TYPE_POINTER = JsonPointer.compile("/object");

  private final MetaReceiver receiver;

  public MetaReceiver_WebhookReceiver(MetaReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
  }

  /**
   * What the route registry needs to know of this receiver; {@code factory} calls
   * {@link #wrap} and {@link #newInstance}.
   */
  public static ReceiverDefinition<?> definition(ReceiverFactory factory) {
    return ReceiverDefinition.of(
            MetaReceiver.class,
            "meta",
            "/meta/{app}",
            factory)
        .withDefaultConstructor(factory);
  }

  /**
   * This receiver around {@code receiver}, an instance of {@link MetaReceiver}.
   */
  public static WebhookReceiver wrap(Object receiver, ObjectMapper mapper) {
    return new MetaReceiver_WebhookReceiver((MetaReceiver) receiver, mapper);
  }

  /**
   * A new {@link MetaReceiver}, for applications that do not supply one.
   */
  public static Object newInstance() {
    return new MetaReceiver();
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    return receiver.verify(delivery.bodyBytes(), delivery.header("X-Hub-Signature-256"));
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    switch (delivery.eventTypeAt(TYPE_POINTER)) {
      case "page":
        receiver.page(delivery.tree());
        return WebhookResponse.ok();
      default:
        // No handler for this event type: acknowledged and ignored.
        return WebhookResponse.ok();
    }
  }

  @Override
  public boolean deferrable(Delivery delivery) throws Exception {
    switch (delivery.eventTypeAt(TYPE_POINTER)) {
      case "page":
        delivery.tree();
        return true;
      default:
        return false;
    }
  }

  @Override
  public boolean hasHandshake() {
    return true;
  }

  @Override
  public WebhookResponse handshake(Delivery delivery) throws Exception {
    return receiver.challenge(delivery.queryParam("hub.verify_token"), delivery.optionalQueryParam("hub.challenge"), delivery.pathParam("app"), delivery.request());
  }
}
