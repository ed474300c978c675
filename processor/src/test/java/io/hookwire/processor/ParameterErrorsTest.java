package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Message;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Parameters the generated receiver cannot bind. Its {@link #cases} run in {@link
 * EveryMessageTest}.
 */
class ParameterErrorsTest {

  private static JavaFileObject receiver(String path, String members) {
    String verify = members.contains("@Verify") ? "" : "  @Verify boolean verify() { return true; }\n";
    String onEvent = members.contains("@OnEvent") ? "" : "  @OnEvent void handle(JsonNode event) {}\n";
    return Sources.source("Hooks", """
        @Webhook(path = "%s", name = "hooks")
        class Hooks {
          record Push(String ref) {}
          private record Secret(String value) {}
        %s%s%s}
        """.formatted(path, verify, onEvent, members));
  }

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ErrorCase.of("typed event in verify",
            receiver("/hooks", "  @Verify boolean verify(Push push) { return true; }\n"),
            "Push push", Message.TYPED_EVENT_IN_VERIFY, "test.Hooks.Push"),
        ErrorCase.of("json tree in verify",
            receiver("/hooks", "  @Verify boolean verify(JsonNode tree) { return true; }\n"),
            "JsonNode tree", Message.TYPED_EVENT_IN_VERIFY, "com.fasterxml.jackson.databind.JsonNode"),
        ErrorCase.of("two unannotated parameters",
            receiver("/hooks", "  @OnEvent void handle(Push push,\n      String other) {}\n"),
            "String other", Message.TWO_EVENT_PARAMETERS, "push"),
        ErrorCase.of("two parameter annotations",
            receiver("/hooks", "  @OnEvent void handle(@Header(\"A\") @QueryParam(\"a\") String a) {}\n"),
            "String a)", Message.TWO_PARAMETER_ANNOTATIONS),
        ErrorCase.of("header of another type",
            receiver("/hooks", "  @OnEvent void handle(@Header(\"X-Retry-Num\") int retry) {}\n"),
            "@Header(\"X-Retry-Num\")", Message.PARAMETER_ANNOTATION_TYPE, "@Header", "int"),
        ErrorCase.of("query param of optional integer",
            receiver("/hooks", "  @OnEvent void handle(@QueryParam(\"n\") Optional<Integer> n) {}\n"),
            "@QueryParam(\"n\")",
            Message.PARAMETER_ANNOTATION_TYPE, "@QueryParam", "java.util.Optional<java.lang.Integer>"),
        ErrorCase.of("empty header name",
            receiver("/hooks", "  @Verify boolean verify(@Header(\"\") String signature) { return true; }\n"),
            "@Header(\"\")", Message.EMPTY_PARAMETER_NAME, "@Header", "header"),
        ErrorCase.of("path param naming no parameter of the path",
            receiver("/bots/{token}", "  @OnEvent void handle(@PathParam(\"tokn\") String token) {}\n"),
            "@PathParam(\"tokn\")", Message.UNKNOWN_PATH_PARAM, "tokn", "/bots/{token}", "[token]"),
        ErrorCase.of("path param on a path without parameters",
            receiver("/bots", "  @Verify boolean verify(@PathParam(\"token\") String token) { return true; }\n"),
            "@PathParam(\"token\")", Message.PATH_HAS_NO_PARAMS, "token", "/bots"),
        ErrorCase.of("unannotated optional",
            receiver("/hooks", "  @OnEvent void handle(Optional<String> maybe) {}\n"),
            "Optional<String> maybe", Message.OPTIONAL_EVENT, "java.util.Optional<java.lang.String>"),
        ErrorCase.of("private event type",
            receiver("/hooks", "  @OnEvent void handle(List<Secret> secrets) {}\n"),
            "List<Secret> secrets", Message.INACCESSIBLE_EVENT, "java.util.List<test.Hooks.Secret>"));
  }

  @Test
  void everyBindableParameterCompiles() {
    JavaFileObject file = receiver("/bots/{token}", """
          @Verify void verify(byte[] body, WebhookRequest request, @Header("X-Sig") String signature,
              @PathParam("token") Optional<String> token, @QueryParam("q") Optional<String> q)
              throws RequestVerificationException {}
          @OnEvent void handle(Map<String, List<Push>> event, WebhookRequest request, @Header("A") Optional<String> a,
              @PathParam("token") String token, @QueryParam("q") String q) {}
        """);
    assertThat(Sources.compile(file)).succeededWithoutWarnings();
  }
}
