package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Webhook} on something the generated receiver cannot instantiate and call. The
 * {@link #cases} run in {@link EveryMessageTest}.
 */
class ClassErrorsTest {
  private static final String METHODS = """
        @Verify boolean verify(WebhookRequest request) { return true; }
        @OnEvent void handle(JsonNode event) {}
      """;

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ErrorCase.of("an interface", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            interface Hooks {}
            """), "@Webhook", Message.NOT_A_CLASS),
        ErrorCase.of("an enum", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            enum Hooks { ONE }
            """), "@Webhook", Message.NOT_A_CLASS),
        ErrorCase.of("an abstract class", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            abstract class Hooks {
            """ + METHODS + "}\n"), "abstract class Hooks", Message.ABSTRACT_CLASS),
        ErrorCase.of("an inner class", Sources.source("Outer", """
            class Outer {
              @Webhook(path = "/hooks", name = "hooks")
              class Hooks {
            """ + METHODS + "}\n}\n"), "class Hooks", Message.INNER_CLASS),
        ErrorCase.of("a private nested class", Sources.source("Outer", """
            class Outer {
              @Webhook(path = "/hooks", name = "hooks")
              private static class Hooks {
            """ + METHODS + "}\n}\n"), "class Hooks", Message.PRIVATE_CLASS),
        ErrorCase.of("a generic class", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            class Hooks<T> {
            """ + METHODS + "}\n"), "class Hooks<T>", Message.GENERIC_CLASS),
        ErrorCase.of("no @Verify", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            class Hooks {
              @OnEvent void handle(JsonNode event) {}
            }
            """), "@Webhook", Message.MISSING_VERIFY),
        ErrorCase.of("no @OnEvent", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            class Hooks {
              @Verify boolean verify(WebhookRequest request) { return true; }
            }
            """), "@Webhook", Message.MISSING_ON_EVENT));
  }

  @Test
  void staticNestedAndRecordReceiversCompile() {
    JavaFileObject nested = Sources.source("Outer", """
        class Outer {
          @Webhook(path = "/nested", name = "nested")
          static class Hooks {
        """ + METHODS + "}\n}\n");
    JavaFileObject record = Sources.source("RecordHooks", """
        @Webhook(path = "/record", name = "record")
        record RecordHooks(String secret) {
        """ + METHODS + "}\n");
    Compilation compilation = Sources.compile(nested, record);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Outer_Hooks_WebhookReceiver");
    assertThat(compilation).generatedSourceFile("test.RecordHooks_WebhookReceiver");
  }
}
