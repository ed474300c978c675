package io.hookwire.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes receiver sources for the compile and start-up benchmarks: each a Slack-style
 * {@code @Webhook} class with a verifier, three handlers (typed, text and catch-all) and three
 * nested records, so the processor has the usual work per class. Receivers are grouped in chunks;
 * each chunk is one compilation, with one registry.
 *
 * <p>Ten receivers share a package, as an application's receivers share a few packages. The
 * layout matters: javac's {@code Filer} looks each generated type's name up before creating it,
 * and the first look-up in a package lists that package on the whole class path, so a package per
 * receiver makes the processor look several times dearer (see docs/benchmarks.md).
 */
public final class ReceiverSources {
  /** How many receivers share a package. */
  public static final int PER_PACKAGE = 10;

  private static final String TEMPLATE = """
      package bench.c%1$d.p%3$d;

      import com.fasterxml.jackson.databind.JsonNode;
      import io.hookwire.Header;
      import io.hookwire.OnEvent;
      import io.hookwire.Verify;
      import io.hookwire.Webhook;
      import io.hookwire.runtime.RequestVerificationException;
      import io.hookwire.runtime.WebhookRequest;
      import io.hookwire.runtime.verify.SlackSignature;
      import java.util.List;
      import java.util.Optional;

      @Webhook(path = "/c%1$d/r%2$d/events", name = "receiver_c%1$d_r%2$d", typePointer = "/type")
      public class Receiver%2$d {
        public record UrlVerification(String challenge) {}
        public record Message(String type, String channel, String user, String text, String ts) {}
        public record EventCallback(String team_id, String event_id, long event_time, Message event, List<String> tags) {}

        private final SlackSignature signature = new SlackSignature("secret-c%1$d-r%2$d");
        private long handled;

        @Verify
        void verify(WebhookRequest request) throws RequestVerificationException {
          signature.verify(request);
        }

        @OnEvent("url_verification")
        String challenge(UrlVerification event) {
          return event.challenge();
        }

        @OnEvent({"event_callback", "app_rate_limited"})
        void message(EventCallback event, @Header("X-Slack-Retry-Num") Optional<String> retry) {
          handled += event.event().text().length();
        }

        @OnEvent
        void other(JsonNode event) {
          handled++;
        }
      }
      """;

  private ReceiverSources() {}

  /** Writes {@code count} receivers of chunk {@code chunk} under {@code root}; returns their files. */
  public static List<Path> write(Path root, int chunk, int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int pkg = i / PER_PACKAGE;
      Path file = root.resolve("bench/c" + chunk + "/p" + pkg + "/Receiver" + i + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, TEMPLATE.formatted(chunk, i, pkg));
      files.add(file);
    }
    return files;
  }
}
