package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Handshake} methods the generated receiver cannot call for a {@code GET}. */
class HandshakeErrorsTest {

  /** A receiver at {@code /hooks/{app}} with a valid @Verify and @OnEvent, and {@code members}. */
  private static JavaFileObject receiver(String members) {
    return Sources.source("Hooks", """
        @Webhook(path = "/hooks/{app}", name = "hooks")
        class Hooks {
          @Verify boolean verify() { return true; }
          @OnEvent void handle(JsonNode event) {}
        %s}
        """.formatted(members));
  }

  private static void assertSingleError(String members, String message, String line) {
    Sources.assertSingleError(receiver(members), message, line);
  }

  @Test
  void twoHandshakeMethods() {
    assertSingleError("""
          @Handshake String first(@QueryParam("a") String a) { return a; }
          @Handshake String second(@QueryParam("b") String b) { return b; }
        """, Message.DUPLICATE_ROLE.format("@Handshake", "first"), "String second");
  }

  @Test
  void eventParameter() {
    assertSingleError("  @Handshake String challenge(JsonNode hello) { return \"\"; }\n",
        Message.EVENT_IN_HANDSHAKE.format("com.fasterxml.jackson.databind.JsonNode"), "JsonNode hello)");
  }

  @Test
  void rawBodyParameter() {
    assertSingleError("  @Handshake String challenge(String body) { return body; }\n",
        Message.EVENT_IN_HANDSHAKE.format("java.lang.String"), "String body)");
  }

  @Test
  void everyUnannotatedParameterIsReportedAsAnEvent() {
    JavaFileObject file = receiver("  @Handshake String challenge(String token,\n      byte[] body) { return token; }\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(Message.EVENT_IN_HANDSHAKE.format("java.lang.String"))
        .inFile(file).onLineContaining("String token,");
    assertThat(compilation).hadErrorContaining(Message.EVENT_IN_HANDSHAKE.format("byte[]"))
        .inFile(file).onLineContaining("byte[] body");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void voidReturn() {
    assertSingleError("  @Handshake void challenge(@QueryParam(\"hub.challenge\") String challenge) {}\n",
        Message.HANDSHAKE_RETURN.format(), "void challenge");
  }

  @Test
  void handshakeAndOnEventOnOneMethod() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @Verify boolean verify() { return true; }
          @Handshake @OnEvent String both(@Header("X") String x) { return x; }
        }
        """);
    Sources.assertSingleError(file, Message.TWO_ROLES.format("@OnEvent", "@Handshake"), "String both");
  }

  @Test
  void handshakeAndVerifyOnOneMethod() {
    JavaFileObject file = Sources.source("Hooks", """
        @Webhook(path = "/hooks", name = "hooks")
        class Hooks {
          @Verify @Handshake boolean check() { return true; }
          @OnEvent void handle(JsonNode event) {}
        }
        """);
    Sources.assertSingleError(file, Message.TWO_ROLES.format("@Verify", "@Handshake"), "boolean check()");
  }

  @Test
  void privateHandshake() {
    assertSingleError("  @Handshake private String secret(@QueryParam(\"a\") String a) { return a; }\n",
        Message.PRIVATE_METHOD.format("@Handshake"), "private String secret");
  }

  @Test
  void staticHandshake() {
    assertSingleError("  @Handshake static String shared(@QueryParam(\"a\") String a) { return a; }\n",
        Message.STATIC_METHOD.format("@Handshake"), "static String shared");
  }

  @Test
  void queryParamOnAnInteger() {
    assertSingleError("  @Handshake String challenge(@QueryParam(\"n\") Integer n) { return \"\"; }\n",
        Message.PARAMETER_ANNOTATION_TYPE.format("@QueryParam", "java.lang.Integer"), "Integer n)");
  }

  @Test
  void pathParamThePathDoesNotHave() {
    assertSingleError("  @Handshake String challenge(@PathParam(\"tenant\") String tenant) { return tenant; }\n",
        Message.UNKNOWN_PATH_PARAM.format("tenant", "/hooks/{app}", "[app]"), "String tenant)");
  }

  @Test
  void handshakeOutsideAWebhookClass() {
    JavaFileObject file = Sources.source("Plain", """
        class Plain {
          @Handshake String challenge(@QueryParam("a") String a) { return a; }
        }
        """);
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(
            Message.OUTSIDE_WEBHOOK.format("@Handshake", "Plain"))
        .inFile(file).onLineContaining("@Handshake String challenge");
    assertThat(compilation).hadErrorCount(1);
  }
}
