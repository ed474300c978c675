package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What {@link Hookwire.Builder#build()} refuses, and how it says so. */
class ConfigurationTest {

  private static String buildFailure(Hookwire.Builder builder) {
    return assertThrows(IllegalStateException.class, builder::build).getMessage();
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "\"" + part + "\" is missing from: " + message);
    }
  }

  @Test
  void aReceiverWithoutInstanceOrNoArgumentConstructorIsNamed() {
    String message = buildFailure(Hookwire.builder().registry(new TelegramRegistry()));

    assertMentions(message, TelegramReceiver.class.getName(), "no constructor without parameters",
        ".instance(new TelegramReceiver(...))", ".factory(TelegramReceiver.class, ...)");
  }

  @Test
  void aFactoryStandsInForTheConstructor() {
    Hookwire hookwire = Hookwire.builder()
        .registry(new TelegramRegistry())
        .factory(TelegramReceiver.class, () -> new TelegramReceiver("t"))
        .build();

    assertEquals(200, hookwire.handle(WebhookRequest.builder().path("/telegram/t/updates").body("{}").build()).status());
  }

  @Test
  void theApplicationsMapperBindsTheEvents() {
    // By default unknown properties are ignored; a mapper that refuses them must be the one used.
    WebhookRequest order = WebhookRequest.builder().path("/shop/events")
        .header("X-Signature", ShopReceiver.SIGNATURE).header("X-Event", "order.created")
        .body("{\"id\": \"o-1\", \"quantity\": 2, \"coupon\": \"x\"}").build();
    Hookwire lenient = Hookwire.builder().registry(new ShopRegistry()).build();
    Hookwire strict = Hookwire.builder().registry(new ShopRegistry())
        .objectMapper(new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .build();

    assertEquals(200, lenient.handle(order).status());
    assertEquals(400, strict.handle(order).status());
  }

  @Test
  void anInstanceNoRegistryKnowsIsRefused() {
    String message = buildFailure(Hookwire.builder().registry(new PingRegistry()).instance(new ShopReceiver()));

    assertMentions(message, ShopReceiver.class.getName(), "is hookwire-processor on the annotation processor path?");
  }

  @Test
  void anInstanceOfASubclassServesForItsReceiverClass() {
    Hookwire hookwire = Hookwire.builder()
        .registry(new PingRegistry())
        .instance(new PingReceiver() {
          @Override
          String ping(String body) {
            return "pong from a test double";
          }
        })
        .build();

    assertEquals("pong from a test double",
        hookwire.handle(WebhookRequest.builder().path("/ping").build()).body());
  }

  @Test
  void twoInstancesOfOneClassAreRefused() {
    Hookwire.Builder builder = Hookwire.builder().instance(new PingReceiver());

    assertThrows(IllegalArgumentException.class, () -> builder.instance(new PingReceiver()));
  }

  @Test
  void aFactoryThatFailsIsReportedWithTheClass() {
    String message = buildFailure(Hookwire.builder().registry(new TelegramRegistry())
        .factory(TelegramReceiver.class, () -> {
          throw new IllegalArgumentException("TELEGRAM_TOKEN is not set");
        }));

    assertMentions(message, TelegramReceiver.class.getName(), "TELEGRAM_TOKEN is not set");
  }

  /** Builds the {@link PingRegistry} with another jar's registry holding a shop receiver. */
  private static String clashWithPing(String shopName, String shopPath) {
    return buildFailure(Hookwire.builder()
        .registry(new PingRegistry())
        .registry(new ClashingRegistry(
            ReceiverDefinition.of(ShopReceiver.class, shopName, shopPath, ShopReceiver_WebhookReceiver::new))));
  }

  @Test
  void duplicateNamesAcrossRegistriesNameBothReceivers() {
    assertMentions(clashWithPing("ping", "/shop/events"), "same name",
        "ping /ping (" + PingReceiver.class.getName() + ")", "ping /shop/events (" + ShopReceiver.class.getName() + ")");
  }

  @Test
  void duplicatePathsAcrossRegistriesNameBothReceivers() {
    assertMentions(clashWithPing("shop", "/ping"), "same path",
        "ping /ping (" + PingReceiver.class.getName() + ")", "shop /ping (" + ShopReceiver.class.getName() + ")");
  }

  @Test
  void pathsThatDifferOnlyInParameterNamesAreDuplicates() {
    String message = buildFailure(Hookwire.builder()
        .registry(new TelegramRegistry())
        .instance(new TelegramReceiver("t"))
        .registry(new ClashingRegistry(PingRegistry.ping("other", "/telegram/{chatId}/updates"))));

    assertMentions(message, "same path", "telegram /telegram/{botToken}/updates",
        "other /telegram/{chatId}/updates");
  }

  @Test
  void aMalformedPathIsRefused() {
    String message = buildFailure(Hookwire.builder()
        .registry(new ClashingRegistry(PingRegistry.ping("broken", "/a/{x}.json"))));

    assertMentions(message, "broken", "malformed path");
  }

  @Test
  void theBodyLimitMustFitInMemory() {
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().maxBodyBytes(-1));
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().maxBodyBytes(Long.MAX_VALUE));
  }
}
