package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Messages;
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
        """, String.format(Messages.DUPLICATE_ROLE, "@Handshake", "first"), "String second");
  }

  @Test
  void eventParameter() {
    assertSingleError("  @Handshake String challenge(JsonNode hello) { return \"\"; }\n",
        String.format(Messages.EVENT_IN_HANDSHAKE, "com.fasterxml.jackson.databind.JsonNode"), "JsonNode hello)");
  }

  @Test
  void rawBodyParameter() {
    assertSingleError("  @Handshake String challenge(String body) { return body; }\n",
        String.format(Messages.EVENT_IN_HANDSHAKE, "java.lang.String"), "String body)");
  }

  @Test
  void everyUnannotatedParameterIsReportedAsAnEvent() {
    JavaFileObject file = receiver("  @Handshake String challenge(String token,\n      byte[] body) { return token; }\n");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining(String.format(Messages.EVENT_IN_HANDSHAKE, "java.lang.String"))
        .inFile(file).onLineContaining("String token,");
    assertThat(compilation).hadErrorContaining(String.format(Messages.EVENT_IN_HANDSHAKE, "byte[]"))
        .inFile(file).onLineContaining("byte[] body");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void voidReturn() {
    assertSingleError("  @Handshake void challenge(@QueryParam(\"hub.challenge\") String challenge) {}\n",
        Messages.HANDSHAKE_RETURN, "void challenge");
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
    Sources.assertSingleError(file, String.format(Messages.TWO_ROLES, "@OnEvent", "@Handshake"), "String both");
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
    Sources.assertSingleError(file, String.format(Messages.TWO_ROLES, "@Verify", "@Handshake"), "boolean check()");
  }

  @Test
  void privateHandshake() {
    assertSingleError("  @Handshake private String secret(@QueryParam(\"a\") String a) { return a; }\n",
        String.format(Messages.PRIVATE_METHOD, "@Handshake"), "private String secret");
  }

  @Test
  void staticHandshake() {
    assertSingleError("  @Handshake static String shared(@QueryParam(\"a\") String a) { return a; }\n",
        String.format(Messages.STATIC_METHOD, "@Handshake"), "static String shared");
  }

  @Test
  void queryParamOnAnInteger() {
    assertSingleError("  @Handshake String challenge(@QueryParam(\"n\") Integer n) { return \"\"; }\n",
        String.format(Messages.PARAMETER_ANNOTATION_TYPE, "@QueryParam", "java.lang.Integer"), "Integer n)");
  }

  @Test
  void pathParamThePathDoesNotHave() {
    assertSingleError("  @Handshake String challenge(@PathParam(\"tenant\") String tenant) { return tenant; }\n",
        String.format(Messages.UNKNOWN_PATH_PARAM, "tenant", "/hooks/{app}", "[app]"), "String tenant)");
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
            String.format(Messages.OUTSIDE_WEBHOOK, "@Handshake", "Plain", "@Handshake"))
        .inFile(file).onLineContaining("@Handshake String challenge");
    assertThat(compilation).hadErrorCount(1);
  }
}
