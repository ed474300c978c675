package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Message;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotated methods that the generated receiver cannot call, or that return the wrong thing. Its
 * {@link #cases} run in {@link EveryMessageTest}.
 */
class MethodErrorsTest {

  /** A receiver whose body is {@code members}, with a valid @Verify or @OnEvent added where missing. */
  private static JavaFileObject receiver(String members) {
    String verify = members.contains("@Verify") ? "" : "  @Verify boolean verify() { return true; }\n";
    String onEvent = members.contains("@OnEvent") ? "" : "  @OnEvent void handle(JsonNode event) {}\n";
    return Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
        %s%s%s}
        """.formatted(verify, onEvent, members));
  }

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ErrorCase.of("private method", receiver("  @OnEvent private void secret(JsonNode event) {}\n"),
            "private void secret", Message.PRIVATE_METHOD, "@OnEvent"),
        ErrorCase.of("static method", receiver("  @Verify static boolean check() { return true; }\n"),
            "static boolean check", Message.STATIC_METHOD, "@Verify"),
        ErrorCase.of("generic method", receiver("  @OnEvent <T> void typed(JsonNode event) {}\n"),
            "<T> void typed", Message.GENERIC_METHOD, "@OnEvent"),
        ErrorCase.of("two verify methods", receiver("""
              @Verify boolean first() { return true; }
              @Verify boolean second() { return true; }
            """), "boolean second", Message.DUPLICATE_ROLE, "@Verify", "first"),
        ErrorCase.of("two is connected methods", receiver("""
              @IsConnected boolean connected() { return true; }
              @IsConnected boolean registered() { return true; }
            """), "boolean registered", Message.DUPLICATE_ROLE, "@IsConnected", "connected"),
        ErrorCase.of("two connect methods", receiver("""
              @Connect void connect() {}
              @Connect void register() {}
            """), "void register", Message.DUPLICATE_ROLE, "@Connect", "connect"),
        ErrorCase.of("one method with two parts", receiver("  @Verify @Connect void both() {}\n"),
            "void both", Message.TWO_ROLES, "@Verify", "@Connect"),
        ErrorCase.of("verify returning something else",
            receiver("  @Verify String verify() { return \"yes\"; }\n"),
            "String verify()", Message.VERIFY_RETURN, "java.lang.String"),
        ErrorCase.of("verify returning boxed boolean",
            receiver("  @Verify Boolean verify() { return true; }\n"),
            "Boolean verify()", Message.VERIFY_RETURN, "java.lang.Boolean"),
        ErrorCase.of("is connected returning void", receiver("  @IsConnected void connected() {}\n"),
            "void connected()", Message.IS_CONNECTED_RETURN, "void"),
        ErrorCase.of("connect returning boolean", receiver("  @Connect boolean connect() { return true; }\n"),
            "boolean connect()", Message.CONNECT_RETURN, "boolean"),
        ErrorCase.of("is connected with parameters",
            receiver("  @IsConnected boolean connected(WebhookRequest request) { return true; }\n"),
            "boolean connected(", Message.TAKES_NO_PARAMETERS, "@IsConnected"),
        ErrorCase.of("connect with parameters", receiver("  @Connect void connect(String url) {}\n"),
            "void connect(", Message.TAKES_NO_PARAMETERS, "@Connect"),
        // Only an abstract class has abstract methods, so the class's own error comes too.
        ErrorCase.of("an abstract method of an abstract class", Sources.source("Hooks", """
                @Webhook(path = "/hooks", name = "hooks")
                abstract class Hooks {
                  @Verify abstract boolean verify();
                  @OnEvent void handle(JsonNode event) {}
                }
                """), "abstract boolean verify", Message.ABSTRACT_METHOD, "@Verify")
            .besideOtherErrors(1));
  }

  @Test
  void handlersMayReturnAnything() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks", typeHeader = "X-Event")
        class Hooks {
          record Answer(int count) {}
          @Verify void verify() throws RequestVerificationException {}
          @OnEvent("a") void a(JsonNode event) {}
          @OnEvent("b") String b(String body) { return body; }
          @OnEvent("c") WebhookResponse c(byte[] body) { return WebhookResponse.ok(); }
          @OnEvent("d") Answer d() { return new Answer(1); }
          @OnEvent("e") boolean e() { return true; }
          @OnEvent("f") int f() { return 1; }
          @IsConnected boolean connected() throws Exception { return true; }
          @Connect void connect() throws WebhookSetupException {}
        }
        """);
    assertThat(Sources.compile(file)).succeededWithoutWarnings();
  }
}
