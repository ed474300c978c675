package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A receiver whose event type another processor generates is generated once that type exists; one
 * whose type no round produces is waited for until the last round, then reported on its class, so
 * the user learns why it is missing from the registry.
 */
class DeferralTest {

  static Stream<ErrorCase> cases() {
    return Stream.of(ErrorCase.of("an event type that never appears", Sources.source("Orders", """
            @Webhook(path = "/orders", name = "orders")
            class Orders {
              @Verify boolean verify() { return true; }
              @OnEvent void handle(OrderEvent event) {}
            }
            """), "class Orders", Message.NEVER_RESOLVED, "Orders", "OrderEvent")
        // javac's own "cannot find symbol" on the parameter.
        .besideOtherErrors(1));
  }

  /** Stands for any processor that generates types: writes {@code test.Push} in its first round. */
  static final class PushGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("test.Push").openWriter()) {
          writer.write("package test; public record Push(String ref) {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void receiverUsingAGeneratedTypeIsGeneratedInALaterRound() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks", typeHeader = "X-Event")
        class Hooks {
          @Verify boolean verify() { return true; }
          @OnEvent("push") void push(Push push) {}
        }
        """);
    Compilation compilation = javac().withProcessors(new WebhookProcessor(), new PushGenerator()).compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Hooks_WebhookReceiver")
        .contentsAsUtf8String().contains("mapper.readerFor(Push.class)");
  }
}
