package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Webhook} on something the generated receiver cannot instantiate and call. */
class ClassErrorsTest {
  private static final String METHODS = """
        @Verify boolean verify(WebhookRequest request) { return true; }
        @OnEvent void handle(JsonNode event) {}
      """;

  @Test
  void interfaceIsNotAClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        interface Hooks {}
        """);
    Sources.assertSingleError(file, Message.NOT_A_CLASS.format(), "@Webhook");
  }

  @Test
  void enumIsNotAClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        enum Hooks { ONE }
        """);
    Sources.assertSingleError(file, Message.NOT_A_CLASS.format(), "@Webhook");
  }

  @Test
  void abstractClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        abstract class Hooks {
        """ + METHODS + "}\n");
    Sources.assertSingleError(file, Message.ABSTRACT_CLASS.format(), "abstract class Hooks");
  }

  @Test
  void innerClassMustBeStatic() {
    JavaFileObject file = Sources.source("Outer", """
        class Outer {
          @Webhook(path = "/hooks", name = "hooks")
          class Hooks {
        """ + METHODS + "}\n}\n");
    Sources.assertSingleError(file, Message.INNER_CLASS.format(), "class Hooks");
  }

  @Test
  void privateNestedClass() {
    JavaFileObject file = Sources.source("Outer", """
        class Outer {
          @Webhook(path = "/hooks", name = "hooks")
          private static class Hooks {
        """ + METHODS + "}\n}\n");
    Sources.assertSingleError(file, Message.PRIVATE_CLASS.format(), "class Hooks");
  }

  @Test
  void genericClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks<T> {
        """ + METHODS + "}\n");
    Sources.assertSingleError(file, Message.GENERIC_CLASS.format(), "class Hooks<T>");
  }

  @Test
  void missingVerify() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @OnEvent void handle(JsonNode event) {}
        }
        """);
    Sources.assertSingleError(file, Message.MISSING_VERIFY.format(), "@Webhook");
  }

  @Test
  void missingOnEvent() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @Verify boolean verify(WebhookRequest request) { return true; }
        }
        """);
    Sources.assertSingleError(file, Message.MISSING_ON_EVENT.format(), "@Webhook");
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
