package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Message;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Handlers that would make a delivery's handler ambiguous, or that name types nobody reads. Its
 * {@link #cases} run in {@link EveryMessageTest}.
 */
class DispatchErrorsTest {

  private static JavaFileObject receiver(String typeSource, String handlers) {
    return Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks"%s)
        class Hooks {
          @Verify boolean verify() { return true; }
        %s}
        """.formatted(typeSource, handlers));
  }

  static Stream<ErrorCase> cases() {
    return Stream.concat(oneOfEach(), dotsAtAnEnd());
  }

  private static Stream<ErrorCase> dotsAtAnEnd() {
    return Stream.of(".issues", "issues.", ".").map(eventType -> ErrorCase.of("a dot at an end of " + eventType,
        receiver(", typePointer = {\"/type\", \"/event/type\"}",
            "  @OnEvent(\"" + eventType + "\") void handle(JsonNode event) {}\n"),
        "@OnEvent(\"" + eventType + "\")", Message.EMPTY_EVENT_TYPE_PART, eventType));
  }

  private static Stream<ErrorCase> oneOfEach() {
    return Stream.of(
        ErrorCase.of("event types without type header or pointer",
            receiver("", "  @OnEvent(\"push\") void push(JsonNode event) {}\n"),
            "@OnEvent(\"push\")", Message.EVENT_TYPES_WITHOUT_SOURCE),
        ErrorCase.of("two handlers for one event type", receiver(", typeHeader = \"X-Event\"", """
              @OnEvent("push") void first(JsonNode event) {}
              @OnEvent({"issues",
                  "push"}) void second(JsonNode event) {}
            """), "\"push\"}) void second", Message.DUPLICATE_EVENT_TYPE, "push", "first"),
        ErrorCase.of("two catch alls", receiver(", typePointer = \"/type\"", """
              @OnEvent void first(JsonNode event) {}
              @OnEvent void second(JsonNode event) {}
            """), "void second", Message.TWO_CATCH_ALLS, "first"),
        ErrorCase.of("empty event type",
            receiver(", typeHeader = \"X-Event\"", "  @OnEvent(\"\") void none(JsonNode event) {}\n"),
            "@OnEvent(\"\")", Message.EMPTY_EVENT_TYPE),
        ErrorCase.of("empty part of an event type", receiver(", typeHeader = \"X-Event\", typePointer = {\"/action\", \"/kind\"}", """
              @OnEvent({"issues",
                  "issues..opened"}) void issues(JsonNode event) {}
            """), "\"issues..opened\"", Message.EMPTY_EVENT_TYPE_PART, "issues..opened"),
        ErrorCase.of("more event type parts than the receiver reads", receiver(", typeHeader = \"X-GitHub-Event\", typePointer = \"/action\"", """
              @OnEvent("issues") void issues(JsonNode event) {}
              @OnEvent("issues.opened.again") void again(JsonNode event) {}
            """),
            "@OnEvent(\"issues.opened.again\")",
            Message.TOO_MANY_EVENT_TYPE_PARTS, "issues.opened.again", 3, 2,
            "X-GitHub-Event, /action", 2),
        ErrorCase.of("two handlers for one type of several parts", receiver(", typePointer = {\"/type\", \"/event/type\"}", """
              @OnEvent("event_callback.message") void first(JsonNode event) {}
              @OnEvent("event_callback") void callback(JsonNode event) {}
              @OnEvent("event_callback.message") void second(JsonNode event) {}
            """), "void second", Message.DUPLICATE_EVENT_TYPE, "event_callback.message", "first"));
  }

  @Test
  void aTypeOfOnePartIsMatchedWholeDotsIncluded() {
    // Stripe's types: one part, read from /type, that holds dots.
    assertThat(Sources.compile(receiver(", typePointer = \"/type\"",
        "  @OnEvent(\"customer.subscription.created\") void created(JsonNode event) {}\n")))
        .succeededWithoutWarnings();
  }

  @Test
  void catchAllAloneNeedsNoTypeSource() {
    assertThat(Sources.compile(receiver("", "  @OnEvent void all(String body) {}\n"))).succeededWithoutWarnings();
  }
}
