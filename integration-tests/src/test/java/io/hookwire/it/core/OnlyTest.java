package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.MessagingApps;
import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.ShopReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport.MountedRoute;
import io.hookwire.runtime.WebhookRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Hookwire.Builder#only}: a test serves the receivers it is about, while the class path
 * holds others, some of which could not even be built without constructor arguments
 * ({@link TelegramReceiver}) or would clash with receivers of another compilation.
 */
class OnlyTest {

  private static int status(Hookwire hookwire, String path) {
    return hookwire.handle(WebhookRequest.builder().path(path).build()).status();
  }

  @Test
  void onlyTheNamedReceiversServe() throws Exception {
    Hookwire hookwire = Hookwire.builder().only(PingReceiver.class).build();

    assertEquals(200, status(hookwire, "/ping"));
    assertEquals(404, status(hookwire, "/shop/events"));
    assertEquals(404, status(hookwire, "/counting"));
    assertEquals(List.of(new MountedRoute("ping", "/ping")), hookwire.routes());
  }

  @Test
  void callsAddUp() throws Exception {
    Hookwire hookwire = Hookwire.builder().only(PingReceiver.class).only(ShopReceiver.class).build();

    assertEquals(200, status(hookwire, "/ping"));
    assertEquals(403, status(hookwire, "/shop/events"));
  }

  @Test
  void theReceiversLeftOutAreNotMade() throws Exception {
    // TelegramReceiver has no constructor without parameters: chosen, it would fail the build.
    Hookwire.builder().only(PingReceiver.class).build();

    assertThrows(IllegalStateException.class, () -> Hookwire.builder().only(TelegramReceiver.class).build());
  }

  @Test
  void theReceiversLeftOutAreNeitherMadeNorConnected() throws Exception {
    int[] made = {0};
    Hookwire hookwire = Hookwire.builder()
        .only(PingReceiver.class)
        .factory(MessagingApps.Disconnected.class, () -> {
          made[0]++;
          return new MessagingApps.Disconnected();
        })
        .build();

    hookwire.start();

    assertEquals(0, made[0]);
  }

  @Test
  void anInstanceGivenForAReceiverLeftOutIsNotServed() throws Exception {
    // A test may share the application's set-up, instances and all, and narrow it with only().
    Hookwire hookwire = Hookwire.builder()
        .instance(new TelegramReceiver("t"))
        .only(PingReceiver.class)
        .build();

    assertEquals(200, status(hookwire, "/ping"));
    assertEquals(404, status(hookwire, "/telegram/t/updates"));
  }

  @Test
  void aClassWithoutAGeneratedReceiverIsRefusedSayingWhy() throws Exception {
    Hookwire.Builder builder = Hookwire.builder().only(PingReceiver.class, String.class);

    String message = assertThrows(IllegalStateException.class, builder::build).getMessage();

    assertTrue(message.contains("java.lang.String"), message);
    assertTrue(message.contains("only()"), message);
    assertTrue(message.contains("@Webhook"), message);
    assertTrue(message.contains("hookwire-processor"), message);
  }

  @Test
  void theBaseClassOfAReceiverIsNotAReceiver() throws Exception {
    Hookwire.Builder builder = Hookwire.builder().only(MessagingApps.App.class);

    String message = assertThrows(IllegalStateException.class, builder::build).getMessage();

    assertTrue(message.contains(MessagingApps.App.class.getName()), message);
  }

  @Test
  void noClassAtAllIsRefused() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> Hookwire.builder().only());
  }
}
