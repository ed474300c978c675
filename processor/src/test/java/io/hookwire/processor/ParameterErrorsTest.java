package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import io.hookwire.processor.validation.Message;
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
        Message.TYPED_EVENT_IN_VERIFY.format("test.Hooks.Push"), "Push push");
  }

  @Test
  void jsonTreeInVerify() {
    assertSingleError("/hooks", "  @Verify boolean verify(JsonNode tree) { return true; }\n",
        Message.TYPED_EVENT_IN_VERIFY.format("com.fasterxml.jackson.databind.JsonNode"), "JsonNode tree");
  }

  @Test
  void twoUnannotatedParameters() {
    assertSingleError("/hooks", "  @OnEvent void handle(Push push,\n      String other) {}\n",
        Message.TWO_EVENT_PARAMETERS.format("push"), "String other");
  }

  @Test
  void twoParameterAnnotations() {
    assertSingleError("/hooks", "  @OnEvent void handle(@Header(\"A\") @QueryParam(\"a\") String a) {}\n",
        Message.TWO_PARAMETER_ANNOTATIONS.format(), "String a)");
  }

  @Test
  void headerOfAnotherType() {
    assertSingleError("/hooks", "  @OnEvent void handle(@Header(\"X-Retry-Num\") int retry) {}\n",
        Message.PARAMETER_ANNOTATION_TYPE.format("@Header", "int"), "@Header(\"X-Retry-Num\")");
  }

  @Test
  void queryParamOfOptionalInteger() {
    assertSingleError("/hooks", "  @OnEvent void handle(@QueryParam(\"n\") Optional<Integer> n) {}\n",
        Message.PARAMETER_ANNOTATION_TYPE.format("@QueryParam", "java.util.Optional<java.lang.Integer>"),
        "@QueryParam(\"n\")");
  }

  @Test
  void emptyHeaderName() {
    assertSingleError("/hooks", "  @Verify boolean verify(@Header(\"\") String signature) { return true; }\n",
        Message.EMPTY_PARAMETER_NAME.format("@Header", "header"), "@Header(\"\")");
  }

  @Test
  void pathParamNamingNoParameterOfThePath() {
    assertSingleError("/bots/{token}", "  @OnEvent void handle(@PathParam(\"tokn\") String token) {}\n",
        Message.UNKNOWN_PATH_PARAM.format("tokn", "/bots/{token}", "[token]"), "@PathParam(\"tokn\")");
  }

  @Test
  void pathParamOnAPathWithoutParameters() {
    assertSingleError("/bots", "  @Verify boolean verify(@PathParam(\"token\") String token) { return true; }\n",
        Message.PATH_HAS_NO_PARAMS.format("token", "/bots"), "@PathParam(\"token\")");
  }

  @Test
  void unannotatedOptional() {
    assertSingleError("/hooks", "  @OnEvent void handle(Optional<String> maybe) {}\n",
        Message.OPTIONAL_EVENT.format("java.util.Optional<java.lang.String>"), "Optional<String> maybe");
  }

  @Test
  void privateEventType() {
    assertSingleError("/hooks", "  @OnEvent void handle(List<Secret> secrets) {}\n",
        Message.INACCESSIBLE_EVENT.format("java.util.List<test.Hooks.Secret>"), "List<Secret> secrets");
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
