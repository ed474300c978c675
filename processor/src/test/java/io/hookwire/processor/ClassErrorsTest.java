package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Messages;
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
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.NOT_A_CLASS).inFile(file).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void enumIsNotAClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        enum Hooks { ONE }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.NOT_A_CLASS).inFile(file).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void abstractClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        abstract class Hooks {
        """ + METHODS + "}\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.ABSTRACT_CLASS).inFile(file).onLineContaining("abstract class Hooks");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void innerClassMustBeStatic() {
    JavaFileObject file = Sources.source("Outer", """
        class Outer {
          @Webhook(path = "/hooks", name = "hooks")
          class Hooks {
        """ + METHODS + "}\n}\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.INNER_CLASS).inFile(file).onLineContaining("class Hooks");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateNestedClass() {
    JavaFileObject file = Sources.source("Outer", """
        class Outer {
          @Webhook(path = "/hooks", name = "hooks")
          private static class Hooks {
        """ + METHODS + "}\n}\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.PRIVATE_CLASS).inFile(file).onLineContaining("class Hooks");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void genericClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks<T> {
        """ + METHODS + "}\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.GENERIC_CLASS).inFile(file).onLineContaining("class Hooks<T>");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingVerify() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @OnEvent void handle(JsonNode event) {}
        }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.MISSING_VERIFY).inFile(file).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void missingOnEvent() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @Verify boolean verify(WebhookRequest request) { return true; }
        }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Messages.MISSING_ON_EVENT).inFile(file).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorCount(1);
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
