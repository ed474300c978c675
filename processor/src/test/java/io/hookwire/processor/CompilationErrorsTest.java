package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import java.io.IOException;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Errors that span a compilation: clashes between receivers, misplaced annotations, many errors at
 * once. Its {@link #cases} run in {@link EveryMessageTest}.
 */
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

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ErrorCase.of("two paths that differ in parameter names", receiver("Second", "/hooks/{key}", "second"),
            "path = \"/hooks/{key}\"", Message.DUPLICATE_PATH, "/hooks/{key}", "test.First")
            .besides(receiver("First", "/hooks/{id}", "first")),
        ErrorCase.of("two receivers with one name", receiver("Second", "/second", "hooks"),
            "name = \"hooks\"", Message.DUPLICATE_NAME, "hooks", "test.First")
            .besides(receiver("First", "/first", "hooks")),
        ErrorCase.of("@OnEvent in a class without @Webhook", Sources.source("Plain", """
                class Plain {
                  @OnEvent("push") void push(JsonNode event) {}
                }
                """), "@OnEvent(\"push\")", Message.OUTSIDE_WEBHOOK, "@OnEvent", "Plain"),
        ErrorCase.of("@Handshake in a class without @Webhook", Sources.source("Plain", """
                class Plain {
                  @Handshake String challenge(@QueryParam("a") String a) { return a; }
                }
                """), "@Handshake String challenge", Message.OUTSIDE_WEBHOOK, "@Handshake", "Plain"),
        // The reason is javac's own wording, which the JDK may change.
        ErrorCase.of("a class in the way of the generated one", receiver("Hooks", "/hooks", "hooks"),
            "class Hooks", Message.COULD_NOT_WRITE, "test.Hooks_WebhookReceiver", ErrorCase.ANY)
            .besides(Sources.source("Hooks_WebhookReceiver", "class Hooks_WebhookReceiver {}\n")),
        ErrorCase.onNoElement("a registry option that is no class name", receiver("Hooks", "/hooks", "hooks"),
            Message.INVALID_REGISTRY_OPTION, "com.acme.class")
            .compiledBy(() -> Sources.compiler().withOptions("-Ahookwire.registry=com.acme.class")),
        ErrorCase.onNoElement("a Filer that cannot write the service file", receiver("Hooks", "/hooks", "hooks"),
            Message.COULD_NOT_WRITE_SERVICE_FILE, "disk full")
            .compiledBy(() -> FailingFiler.compiler("createResource", new IOException("disk full"))),
        ErrorCase.of("a Filer that throws", receiver("Hooks", "/hooks", "hooks"),
            "class Hooks", Message.UNEXPECTED_FAILURE, DiskFailure.TRACE)
            .compiledBy(() -> FailingFiler.compiler("createSourceFile", new DiskFailure())));
  }

  /** A failure whose trace is known in advance: it records no stack. */
  private static final class DiskFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String TRACE = DiskFailure.class.getName() + ": the disk is on fire" + System.lineSeparator();

    DiskFailure() {
      super("the disk is on fire", null, false, false);
    }
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
