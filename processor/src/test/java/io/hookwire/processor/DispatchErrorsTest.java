package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

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
        Messages.EVENT_TYPES_WITHOUT_SOURCE, "@OnEvent(\"push\")");
  }

  @Test
  void twoHandlersForOneEventType() {
    assertSingleError(", typeHeader = \"X-Event\"", """
          @OnEvent("push") void first(JsonNode event) {}
          @OnEvent({"issues",
              "push"}) void second(JsonNode event) {}
        """, String.format(Messages.DUPLICATE_EVENT_TYPE, "push", "first"), "\"push\"}) void second");
  }

  @Test
  void twoCatchAlls() {
    assertSingleError(", typePointer = \"/type\"", """
          @OnEvent void first(JsonNode event) {}
          @OnEvent void second(JsonNode event) {}
        """, String.format(Messages.TWO_CATCH_ALLS, "first"), "void second");
  }

  @Test
  void emptyEventType() {
    assertSingleError(", typeHeader = \"X-Event\"", "  @OnEvent(\"\") void none(JsonNode event) {}\n",
        Messages.EMPTY_EVENT_TYPE, "@OnEvent(\"\")");
  }

  @Test
  void catchAllAloneNeedsNoTypeSource() {
    assertThat(Sources.compile(receiver("", "  @OnEvent void all(String body) {}\n"))).succeededWithoutWarnings();
  }
}
