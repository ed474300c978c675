package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Handlers that would make a delivery's handler ambiguous, or that name types nobody reads. */
class DispatchErrorsTest {

  private static JavaFileObject receiver(String typeSource, String handlers) {
    return Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks"%s)
        class Hooks {
          @Verify boolean verify() { return true; }
        %s}
        """.formatted(typeSource, handlers));
  }

  private static void assertSingleError(String typeSource, String handlers, String message, String line) {
    Sources.assertSingleError(receiver(typeSource, handlers), message, line);
  }

  @Test
  void eventTypesWithoutTypeHeaderOrPointer() {
    assertSingleError("", "  @OnEvent(\"push\") void push(JsonNode event) {}\n",
        Message.EVENT_TYPES_WITHOUT_SOURCE.format(), "@OnEvent(\"push\")");
  }

  @Test
  void twoHandlersForOneEventType() {
    assertSingleError(", typeHeader = \"X-Event\"", """
          @OnEvent("push") void first(JsonNode event) {}
          @OnEvent({"issues",
              "push"}) void second(JsonNode event) {}
        """, Message.DUPLICATE_EVENT_TYPE.format("push", "first"), "\"push\"}) void second");
  }

  @Test
  void twoCatchAlls() {
    assertSingleError(", typePointer = \"/type\"", """
          @OnEvent void first(JsonNode event) {}
          @OnEvent void second(JsonNode event) {}
        """, Message.TWO_CATCH_ALLS.format("first"), "void second");
  }

  @Test
  void emptyEventType() {
    assertSingleError(", typeHeader = \"X-Event\"", "  @OnEvent(\"\") void none(JsonNode event) {}\n",
        Message.EMPTY_EVENT_TYPE.format(), "@OnEvent(\"\")");
  }

  @Test
  void emptyPartOfAnEventType() {
    assertSingleError(", typeHeader = \"X-Event\", typePointer = {\"/action\", \"/kind\"}", """
          @OnEvent({"issues",
              "issues..opened"}) void issues(JsonNode event) {}
        """, Message.EMPTY_EVENT_TYPE_PART.format("issues..opened"), "\"issues..opened\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {".issues", "issues.", "."})
  void eventTypeWithADotAtAnEnd(String eventType) {
    assertSingleError(", typePointer = {\"/type\", \"/event/type\"}",
        "  @OnEvent(\"" + eventType + "\") void handle(JsonNode event) {}\n",
        Message.EMPTY_EVENT_TYPE_PART.format(eventType), "@OnEvent(\"" + eventType + "\")");
  }

  @Test
  void moreEventTypePartsThanTheReceiverReads() {
    assertSingleError(", typeHeader = \"X-GitHub-Event\", typePointer = \"/action\"", """
          @OnEvent("issues") void issues(JsonNode event) {}
          @OnEvent("issues.opened.again") void again(JsonNode event) {}
        """, Message.TOO_MANY_EVENT_TYPE_PARTS.format("issues.opened.again", 3, 2,
            "X-GitHub-Event, /action", 2), "@OnEvent(\"issues.opened.again\")");
  }

  @Test
  void twoHandlersForOneTypeOfSeveralParts() {
    assertSingleError(", typePointer = {\"/type\", \"/event/type\"}", """
          @OnEvent("event_callback.message") void first(JsonNode event) {}
          @OnEvent("event_callback") void callback(JsonNode event) {}
          @OnEvent("event_callback.message") void second(JsonNode event) {}
        """, Message.DUPLICATE_EVENT_TYPE.format("event_callback.message", "first"), "void second");
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
