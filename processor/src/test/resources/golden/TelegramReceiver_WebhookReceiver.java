package test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.spi.Delivery;
import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.ReceiverFactory;
import io.hookwire.runtime.spi.WebhookReceiver;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The webhook receiver of {@link TelegramReceiver}: serves {@code /telegram/events/{token}}
 * as {@code telegram_events_handler}.
 */
@Generated("io.hookwire.processor.WebhookProcessor")
public final class TelegramReceiver_WebhookReceiver implements WebhookReceiver {
  private final TelegramReceiver receiver;

  private final ObjectMapper mapper;

  private ObjectReader updateReader;

  public TelegramReceiver_WebhookReceiver(TelegramReceiver receiver, ObjectMapper mapper) {
    this.receiver = receiver;
    this.mapper = mapper;
  }

  /**
   * What the route registry needs to know of this receiver; {@code factory} calls
   * {@link #wrap}.
   */
  public static ReceiverDefinition<?> definition(ReceiverFactory factory) {
    return ReceiverDefinition.of(
            TelegramReceiver.class,
            "telegram_events_handler",
            "/telegram/events/{token}",
            factory);
  }

  /**
   * This receiver around {@code receiver}, an instance of {@link TelegramReceiver}.
   */
  public static WebhookReceiver wrap(Object receiver, ObjectMapper mapper) {
    return new TelegramReceiver_WebhookReceiver((TelegramReceiver) receiver, mapper);
  }

  @Override
  public boolean verify(Delivery delivery) throws Exception {
    return receiver.verify(delivery.pathParam("token"), delivery.header("X-Telegram-Bot-Api-Secret-Token"));
  }

  @Override
  public WebhookResponse dispatch(Delivery delivery) throws Exception {
    return receiver.update(delivery.bind(updateReader()), delivery.optionalQueryParam("debug"));
  }

  @Override
  public boolean isConnected() throws Exception {
    return receiver.connected();
  }

  @Override
  public boolean canConnect() {
    return true;
  }

  @Override
  public void connect() throws Exception {
    receiver.connect();
  }

  /**
   * The reader of {@code update}'s event, made on its first delivery.
   */
  private ObjectReader updateReader() {
    ObjectReader reader = updateReader;
    if (reader == null) {
      reader = mapper.readerFor(new TypeReference<List<Map<String, Object>>>() {});
      updateReader = reader;
    }
    return reader;
  }
}
