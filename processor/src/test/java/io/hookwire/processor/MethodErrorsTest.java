package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Annotated methods that the generated receiver cannot call, or that return the wrong thing. */
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

  private static void assertSingleError(String members, String message, String line) {
    Sources.assertSingleError(receiver(members), message, line);
  }

  @Test
  void privateMethod() {
    assertSingleError("  @OnEvent private void secret(JsonNode event) {}\n",
        Message.PRIVATE_METHOD.format("@OnEvent"), "private void secret");
  }

  @Test
  void staticMethod() {
    assertSingleError("  @Verify static boolean check() { return true; }\n",
        Message.STATIC_METHOD.format("@Verify"), "static boolean check");
  }

  @Test
  void genericMethod() {
    assertSingleError("  @OnEvent <T> void typed(JsonNode event) {}\n",
        Message.GENERIC_METHOD.format("@OnEvent"), "<T> void typed");
  }

  @Test
  void abstractMethodOfAnAbstractClass() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        abstract class Hooks {
          @Verify abstract boolean verify();
          @OnEvent void handle(JsonNode event) {}
        }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Message.ABSTRACT_CLASS.format()).inFile(file).onLineContaining("abstract class");
    assertThat(compilation).hadErrorContaining(Message.ABSTRACT_METHOD.format("@Verify"))
        .inFile(file).onLineContaining("abstract boolean verify");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void twoVerifyMethods() {
    assertSingleError("""
          @Verify boolean first() { return true; }
          @Verify boolean second() { return true; }
        """, Message.DUPLICATE_ROLE.format("@Verify", "first"), "boolean second");
  }

  @Test
  void twoIsConnectedMethods() {
    assertSingleError("""
          @IsConnected boolean connected() { return true; }
          @IsConnected boolean registered() { return true; }
        """, Message.DUPLICATE_ROLE.format("@IsConnected", "connected"), "boolean registered");
  }

  @Test
  void twoConnectMethods() {
    assertSingleError("""
          @Connect void connect() {}
          @Connect void register() {}
        """, Message.DUPLICATE_ROLE.format("@Connect", "connect"), "void register");
  }

  @Test
  void oneMethodWithTwoParts() {
    assertSingleError("  @Verify @Connect void both() {}\n",
        Message.TWO_ROLES.format("@Verify", "@Connect"), "void both");
  }

  @Test
  void verifyReturningSomethingElse() {
    assertSingleError("  @Verify String verify() { return \"yes\"; }\n",
        Message.VERIFY_RETURN.format("java.lang.String"), "String verify()");
  }

  @Test
  void verifyReturningBoxedBoolean() {
    assertSingleError("  @Verify Boolean verify() { return true; }\n",
        Message.VERIFY_RETURN.format("java.lang.Boolean"), "Boolean verify()");
  }

  @Test
  void isConnectedReturningVoid() {
    assertSingleError("  @IsConnected void connected() {}\n",
        Message.IS_CONNECTED_RETURN.format("void"), "void connected()");
  }

  @Test
  void connectReturningBoolean() {
    assertSingleError("  @Connect boolean connect() { return true; }\n",
        Message.CONNECT_RETURN.format("boolean"), "boolean connect()");
  }

  @Test
  void isConnectedWithParameters() {
    assertSingleError("  @IsConnected boolean connected(WebhookRequest request) { return true; }\n",
        Message.TAKES_NO_PARAMETERS.format("@IsConnected"), "boolean connected(");
  }

  @Test
  void connectWithParameters() {
    assertSingleError("  @Connect void connect(String url) {}\n",
        Message.TAKES_NO_PARAMETERS.format("@Connect"), "void connect(");
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
