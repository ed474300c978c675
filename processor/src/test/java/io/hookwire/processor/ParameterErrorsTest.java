package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Messages;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Parameters the generated receiver cannot bind. */
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

  private static void assertSingleError(String path, String members, String message, String line) {
    Sources.assertSingleError(receiver(path, members), message, line);
  }

  @Test
  void typedEventInVerify() {
    assertSingleError("/hooks", "  @Verify boolean verify(Push push) { return true; }\n",
        String.format(Messages.TYPED_EVENT_IN_VERIFY, "test.Hooks.Push"), "Push push");
  }

  @Test
  void jsonTreeInVerify() {
    assertSingleError("/hooks", "  @Verify boolean verify(JsonNode tree) { return true; }\n",
        String.format(Messages.TYPED_EVENT_IN_VERIFY, "com.fasterxml.jackson.databind.JsonNode"), "JsonNode tree");
  }

  @Test
  void twoUnannotatedParameters() {
    assertSingleError("/hooks", "  @OnEvent void handle(Push push,\n      String other) {}\n",
        String.format(Messages.TWO_EVENT_PARAMETERS, "push"), "String other");
  }

  @Test
  void twoParameterAnnotations() {
    assertSingleError("/hooks", "  @OnEvent void handle(@Header(\"A\") @QueryParam(\"a\") String a) {}\n",
        Messages.TWO_PARAMETER_ANNOTATIONS, "String a)");
  }

  @Test
  void headerOfAnotherType() {
    assertSingleError("/hooks", "  @OnEvent void handle(@Header(\"X-Retry-Num\") int retry) {}\n",
        String.format(Messages.PARAMETER_ANNOTATION_TYPE, "@Header", "int"), "@Header(\"X-Retry-Num\")");
  }

  @Test
  void queryParamOfOptionalInteger() {
    assertSingleError("/hooks", "  @OnEvent void handle(@QueryParam(\"n\") Optional<Integer> n) {}\n",
        String.format(Messages.PARAMETER_ANNOTATION_TYPE, "@QueryParam", "java.util.Optional<java.lang.Integer>"),
        "@QueryParam(\"n\")");
  }

  @Test
  void emptyHeaderName() {
    assertSingleError("/hooks", "  @Verify boolean verify(@Header(\"\") String signature) { return true; }\n",
        String.format(Messages.EMPTY_PARAMETER_NAME, "@Header", "header"), "@Header(\"\")");
  }

  @Test
  void pathParamNamingNoParameterOfThePath() {
    assertSingleError("/bots/{token}", "  @OnEvent void handle(@PathParam(\"tokn\") String token) {}\n",
        String.format(Messages.UNKNOWN_PATH_PARAM, "tokn", "/bots/{token}", "[token]"), "@PathParam(\"tokn\")");
  }

  @Test
  void pathParamOnAPathWithoutParameters() {
    assertSingleError("/bots", "  @Verify boolean verify(@PathParam(\"token\") String token) { return true; }\n",
        String.format(Messages.PATH_HAS_NO_PARAMS, "token", "/bots", "token"), "@PathParam(\"token\")");
  }

  @Test
  void unannotatedOptional() {
    assertSingleError("/hooks", "  @OnEvent void handle(Optional<String> maybe) {}\n",
        String.format(Messages.OPTIONAL_EVENT, "java.util.Optional<java.lang.String>"), "Optional<String> maybe");
  }

  @Test
  void privateEventType() {
    assertSingleError("/hooks", "  @OnEvent void handle(List<Secret> secrets) {}\n",
        String.format(Messages.INACCESSIBLE_EVENT, "java.util.List<test.Hooks.Secret>"), "List<Secret> secrets");
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
