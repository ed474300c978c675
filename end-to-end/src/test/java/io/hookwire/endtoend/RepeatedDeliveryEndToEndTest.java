package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.Hookwire;
import io.hookwire.spark.HookwireSpark;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled receiver with {@code deliveryIdPointer} handles each delivery once, whatever the retries. */
class RepeatedDeliveryEndToEndTest {
  private static final javax.tools.JavaFileObject ONCE = Receivers.source("once.Once", """
      @Webhook(path = "/once", name = "once", typePointer = "/type", deliveryIdPointer = "/event_id",
          maxBodyBytes = 200)
      public class Once {
        public record Message(String event_id, String text) {}

        @Verify boolean verify() { return true; }

        @OnEvent("message")
        void message(Message message) {
          Handled.record(message.event_id() + " " + message.text());
          if (message.text().equals("boom")) {
            throw new IllegalStateException("failed once");
          }
        }
      }
      """);

  @Test
  void retriesOfAHandledDeliveryAreAcknowledgedAndFailedOnesRunAgain(@TempDir Path jars) throws Exception {
    Handled.clear();
    URLClassLoader loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "once", ONCE)));
    try (LoopbackServer server = new LoopbackServer()) {
      HookwireSpark.mount(Hookwire.builder().classLoader(loader).build(), server.service());
      server.started();
      String hello = "{\"type\":\"message\",\"event_id\":\"Ev1\",\"text\":\"hello\"}";
      String boom = "{\"type\":\"message\",\"event_id\":\"Ev2\",\"text\":\"boom\"}";

      assertEquals(200, server.post("/once", hello).statusCode());
      assertEquals(200, server.post("/once", hello, "X-Slack-Retry-Num", "1").statusCode());
      assertEquals(500, server.post("/once", boom).statusCode());
      assertEquals(500, server.post("/once", boom, "X-Slack-Retry-Num", "1").statusCode());
      assertEquals(413, server.post("/once", "{\"type\":\"message\",\"text\":\"" + "x".repeat(200) + "\"}").statusCode());
    }
    assertEquals(List.of("Ev1 hello", "Ev2 boom", "Ev2 boom"), Handled.calls());
  }
}
