package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.it.core.receivers.Greeter;
import io.hookwire.it.core.receivers.Twins;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import java.time.Duration;
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

  /** A class the processor never saw: no {@code @Webhook}. */
  static final class NotAReceiver {}

  @Test
  void aReceiverWithoutInstanceOrNoArgumentConstructorIsNamed() {
    String message = buildFailure(Hookwire.builder().only(TelegramReceiver.class));

    assertMentions(message, TelegramReceiver.class.getName(), "no constructor without parameters",
        ".instance(new TelegramReceiver(...))", ".factory(TelegramReceiver.class, ...)");
  }

  @Test
  void aFactoryStandsInForTheConstructor() {
    Hookwire hookwire = Hookwire.builder()
        .only(TelegramReceiver.class)
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
    Hookwire lenient = Hookwire.builder().only(ShopReceiver.class).build();
    Hookwire strict = Hookwire.builder().only(ShopReceiver.class)
        .objectMapper(new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .build();

    assertEquals(200, lenient.handle(order).status());
    assertEquals(400, strict.handle(order).status());
  }

  @Test
  void anInstanceOfAClassNoRegistryKnowsIsRefused() {
    String message = buildFailure(Hookwire.builder().only(PingReceiver.class).instance(new NotAReceiver()));

    assertMentions(message, NotAReceiver.class.getName(), "annotated @Webhook",
        "is hookwire-processor on the annotation processor path?");
  }

  @Test
  void anInstanceOfASubclassServesForItsReceiverClass() {
    Hookwire hookwire = Hookwire.builder()
        .only(Greeter.class)
        .instance(new Greeter() {
          @Override
          protected String greet(String body) {
            return "hello from a test double";
          }
        })
        .build();

    assertEquals("hello from a test double",
        hookwire.handle(WebhookRequest.builder().path("/greeter").build()).body());
  }

  @Test
  void twoInstancesOfOneClassAreRefused() {
    Hookwire.Builder builder = Hookwire.builder().instance(new PingReceiver());

    assertThrows(IllegalArgumentException.class, () -> builder.instance(new PingReceiver()));
  }

  @Test
  void aFactoryThatFailsIsReportedWithTheClass() {
    String message = buildFailure(Hookwire.builder().only(TelegramReceiver.class)
        .factory(TelegramReceiver.class, () -> {
          throw new IllegalArgumentException("TELEGRAM_TOKEN is not set");
        }));

    assertMentions(message, TelegramReceiver.class.getName(), "TELEGRAM_TOKEN is not set");
  }

  @Test
  void duplicateNamesAcrossCompilationsNameBothReceivers() {
    String message = buildFailure(Hookwire.builder().only(PingReceiver.class, Twins.SameName.class));

    assertMentions(message, "same name", "ping /ping (" + PingReceiver.class.getName() + ")",
        "ping /elsewhere (" + Twins.SameName.class.getName() + ")");
  }

  @Test
  void duplicatePathsAcrossCompilationsNameBothReceivers() {
    String message = buildFailure(Hookwire.builder().only(PingReceiver.class, Twins.SamePath.class));

    assertMentions(message, "same path", "ping /ping (" + PingReceiver.class.getName() + ")",
        "ping-twin /ping (" + Twins.SamePath.class.getName() + ")");
  }

  @Test
  void pathsThatDifferOnlyInParameterNamesAreDuplicates() {
    String message = buildFailure(Hookwire.builder()
        .only(TelegramReceiver.class, Twins.SameRoute.class)
        .instance(new TelegramReceiver("t")));

    assertMentions(message, "same path", "telegram /telegram/{botToken}/updates",
        "telegram-twin /telegram/{chatId}/updates");
  }

  @Test
  void aClashIsFoundBeforeAnyReceiverIsMade() {
    // Constructors may have side effects, such as opening connections: none runs for a build that fails.
    int[] made = {0};
    buildFailure(Hookwire.builder()
        .only(TelegramReceiver.class, Twins.SameRoute.class)
        .factory(TelegramReceiver.class, () -> {
          made[0]++;
          return new TelegramReceiver("t");
        }));

    assertEquals(0, made[0]);
  }

  @Test
  void aBasePathThatIsNoPathIsRefusedWhenSetNamingIt() {
    // Receivers' paths are checked by the processor; the base path, joined to them at run time,
    // is the application's, so a mistake in it must be reported as the application's.
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().basePath("/api/{version}.json"));

    assertMentions(refused.getMessage(), "basePath", "/api/{version}.json", "whole segment");
  }

  @Test
  void aMinimumBodyRateBelowZeroOrWithoutGraceIsRefusedWhenSetNamingIt() {
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> Hookwire.builder().minBodyRate(-1, Duration.ofSeconds(2)));
    IllegalArgumentException noGrace = assertThrows(IllegalArgumentException.class,
        () -> Hookwire.builder().minBodyRate(1024, Duration.ZERO));

    assertMentions(negative.getMessage(), "minBodyRate", "-1");
    assertMentions(noGrace.getMessage(), "minBodyRate", "grace");
  }

  @Test
  void noMinimumBodyRateIsAllowed() {
    Hookwire.builder().only(PingReceiver.class).minBodyRate(0, Duration.ofSeconds(1)).build();
  }
}
