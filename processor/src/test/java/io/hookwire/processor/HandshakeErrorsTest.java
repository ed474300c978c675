package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Handshake} methods the generated receiver cannot call for a {@code GET}. Its {@link
 * #cases} run in {@link EveryMessageTest}.
 */
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

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ErrorCase.of("two handshake methods", receiver("""
              @Handshake String first(@QueryParam("a") String a) { return a; }
              @Handshake String second(@QueryParam("b") String b) { return b; }
            """), "String second", Message.DUPLICATE_ROLE, "@Handshake", "first"),
        ErrorCase.of("event parameter",
            receiver("  @Handshake String challenge(JsonNode hello) { return \"\"; }\n"),
            "JsonNode hello)", Message.EVENT_IN_HANDSHAKE, "com.fasterxml.jackson.databind.JsonNode"),
        ErrorCase.of("raw body parameter",
            receiver("  @Handshake String challenge(String body) { return body; }\n"),
            "String body)", Message.EVENT_IN_HANDSHAKE, "java.lang.String"),
        ErrorCase.of("void return",
            receiver("  @Handshake void challenge(@QueryParam(\"hub.challenge\") String challenge) {}\n"),
            "void challenge", Message.HANDSHAKE_RETURN),
        ErrorCase.of("private handshake",
            receiver("  @Handshake private String secret(@QueryParam(\"a\") String a) { return a; }\n"),
            "private String secret", Message.PRIVATE_METHOD, "@Handshake"),
        ErrorCase.of("static handshake",
            receiver("  @Handshake static String shared(@QueryParam(\"a\") String a) { return a; }\n"),
            "static String shared", Message.STATIC_METHOD, "@Handshake"),
        ErrorCase.of("query param on an integer",
            receiver("  @Handshake String challenge(@QueryParam(\"n\") Integer n) { return \"\"; }\n"),
            "Integer n)", Message.PARAMETER_ANNOTATION_TYPE, "@QueryParam", "java.lang.Integer"),
        ErrorCase.of("path param the path does not have",
            receiver("  @Handshake String challenge(@PathParam(\"tenant\") String tenant) { return tenant; }\n"),
            "String tenant)", Message.UNKNOWN_PATH_PARAM, "tenant", "/hooks/{app}", "[app]"),
        ErrorCase.of("handshake and on event on one method", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            class Hooks {
              @Verify boolean verify() { return true; }
              @Handshake @OnEvent String both(@Header("X") String x) { return x; }
            }
            """),
            "String both", Message.TWO_ROLES, "@OnEvent", "@Handshake"),
        ErrorCase.of("handshake and verify on one method", Sources.source("Hooks", """
            @Webhook(path = "/hooks", name = "hooks")
            class Hooks {
              @Verify @Handshake boolean check() { return true; }
              @OnEvent void handle(JsonNode event) {}
            }
            """),
            "boolean check()", Message.TWO_ROLES, "@Verify", "@Handshake"));
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
}
