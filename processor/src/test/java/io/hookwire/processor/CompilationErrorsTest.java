package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Errors that span a compilation: clashes between receivers, misplaced annotations, many errors at once. */
class CompilationErrorsTest {

  private static JavaFileObject receiver(String className, String path, String name) {
    return Sources.source(className, """
        @Webhook(path = "%s", name = "%s")
        class %s {
          @Verify boolean verify() { return true; }
          @OnEvent void handle(JsonNode event) {}
        }
        """.formatted(path, name, className));
  }

  @Test
  void duplicatePathsInOneCompilation() {
    JavaFileObject first = receiver("First", "/hooks/{id}", "first");
    JavaFileObject second = receiver("Second", "/hooks/{key}", "second");
    Compilation compilation = Sources.compile(first, second);
    assertThat(compilation).hadErrorContaining(Message.DUPLICATE_PATH.format("/hooks/{key}", "test.First"))
        .inFile(second).onLineContaining("path = \"/hooks/{key}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateNamesInOneCompilation() {
    JavaFileObject first = receiver("First", "/first", "hooks");
    JavaFileObject second = receiver("Second", "/second", "hooks");
    Compilation compilation = Sources.compile(first, second);
    assertThat(compilation).hadErrorContaining(Message.DUPLICATE_NAME.format("hooks", "test.First"))
        .inFile(second).onLineContaining("name = \"hooks\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodAnnotationOutsideAWebhookClass() {
    JavaFileObject file = Sources.source("Plain", """
        class Plain {
          @OnEvent("push") void push(JsonNode event) {}
        }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Message.OUTSIDE_WEBHOOK.format("@OnEvent", "Plain"))
        .inFile(file).onLineContaining("@OnEvent(\"push\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyErrorOfEveryClassIsReported() {
    JavaFileObject broken = Sources.source("Broken", """
        @Webhook(path = "", name = "bad name", typePointer = "type")
        class Broken {
          @OnEvent private void a(JsonNode event) {}
          @OnEvent static void b(JsonNode event) {}
        }
        """);
    JavaFileObject fine = receiver("Fine", "/fine", "fine");
    Compilation compilation = Sources.compile(broken, fine);
    assertThat(compilation).hadErrorContaining(Message.EMPTY_PATH.format()).inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(Message.MALFORMED_NAME.format("bad name"))
        .inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(Message.INVALID_POINTER.format("typePointer", "type", "it does not start with '/'"))
        .inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(Message.MISSING_VERIFY.format()).inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(Message.PRIVATE_METHOD.format("@OnEvent"))
        .inFile(broken).onLineContaining("private void a");
    assertThat(compilation).hadErrorContaining(Message.STATIC_METHOD.format("@OnEvent"))
        .inFile(broken).onLineContaining("static void b");
    assertThat(compilation).hadErrorContaining(Message.TWO_CATCH_ALLS.format("a"))
        .inFile(broken).onLineContaining("static void b");
    // Seven errors, all in Broken: the valid class beside it is checked on its own and passes.
    assertThat(compilation).hadErrorCount(7);
  }

  @Test
  void aClassInTheWayOfTheGeneratedOneIsAnErrorNotACrash() {
    JavaFileObject receiver = receiver("Hooks", "/hooks", "hooks");
    JavaFileObject inTheWay = Sources.source("Hooks_WebhookReceiver", "class Hooks_WebhookReceiver {}\n");
    Compilation compilation = Sources.compile(receiver, inTheWay);
    assertThat(compilation).hadErrorContaining("Could not write test.Hooks_WebhookReceiver")
        .inFile(receiver).onLineContaining("class Hooks");
  }

  @Test
  void noServiceFileWithoutReceivers() {
    Compilation compilation = Sources.compile(Sources.source("Plain", "class Plain {}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    org.junit.jupiter.api.Assertions.assertTrue(compilation.generatedFiles().stream()
        .noneMatch(file -> file.getName().contains("META-INF/services")));
  }

  @Test
  void serviceFileListsTheRegistry() {
    Compilation compilation = Sources.compile(receiver("Only", "/only", "only"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry")
        .contentsAsUtf8String()
        .startsWith("test.HookwireRegistry_");
  }
}
