package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Messages;
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
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_PATH, "/hooks/{key}", "test.First"))
        .inFile(second).onLineContaining("path = \"/hooks/{key}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void duplicateNamesInOneCompilation() {
    JavaFileObject first = receiver("First", "/first", "hooks");
    JavaFileObject second = receiver("Second", "/second", "hooks");
    Compilation compilation = Sources.compile(first, second);
    assertThat(compilation).hadErrorContaining(String.format(Messages.DUPLICATE_NAME, "hooks", "test.First"))
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
    assertThat(compilation).hadErrorContaining(String.format(Messages.OUTSIDE_WEBHOOK, "@OnEvent", "Plain", "@OnEvent"))
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
    assertThat(compilation).hadErrorContaining(Messages.EMPTY_PATH).inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(String.format(Messages.MALFORMED_NAME, "bad name"))
        .inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(String.format(Messages.INVALID_POINTER, "typePointer", "type", "it does not start with '/'"))
        .inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(Messages.MISSING_VERIFY).inFile(broken).onLineContaining("@Webhook");
    assertThat(compilation).hadErrorContaining(String.format(Messages.PRIVATE_METHOD, "@OnEvent"))
        .inFile(broken).onLineContaining("private void a");
    assertThat(compilation).hadErrorContaining(String.format(Messages.STATIC_METHOD, "@OnEvent"))
        .inFile(broken).onLineContaining("static void b");
    assertThat(compilation).hadErrorContaining(String.format(Messages.TWO_CATCH_ALLS, "a"))
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
