package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of {@code @Webhook}: path, name, where the event type is read, the body limit and
 * the status of a failed verification. Its {@link #cases} run in {@link EveryMessageTest}.
 */
class AttributeErrorsTest {

  private static JavaFileObject receiver(String webhookAttributes) {
    return Sources.source("Hooks", """
        @Webhook(
            %s)
        class Hooks {
          @Verify boolean verify(WebhookRequest request) { return true; }
          @OnEvent void handle(JsonNode event) {}
        }
        """.formatted(webhookAttributes));
  }

  static Stream<ErrorCase> cases() {
    return Stream.of(oneOfEach(), malformedPaths(), invalidTypePointers(), rejectStatuses()).flatMap(cases -> cases);
  }

  private static Stream<ErrorCase> oneOfEach() {
    return Stream.of(
        ErrorCase.of("empty path", receiver("path = \"\", name = \"hooks\""), "path = \"\"", Message.EMPTY_PATH),
        ErrorCase.of("empty name", receiver("path = \"/hooks\", name = \"\""),
            "name = \"\"", Message.EMPTY_NAME),
        ErrorCase.of("malformed name", receiver("path = \"/hooks\", name = \"my hooks\""),
            "name = \"my hooks\"", Message.MALFORMED_NAME, "my hooks"),
        ErrorCase.of("empty type pointer", receiver("""
            path = "/hooks", name = "hooks", typePointer = {"/type",
                    ""}"""), "        \"\"}", Message.EMPTY_TYPE_POINTER),
        ErrorCase.of("same type pointer twice", receiver("""
            path = "/hooks", name = "hooks", typePointer = {"/type",
                    "/type"}"""), "\"/type\"}", Message.DUPLICATE_TYPE_POINTER, "/type"),
        ErrorCase.of("invalid second type pointer", receiver("""
            path = "/hooks", name = "hooks", typePointer = {"/type",
                    "event/type"}"""),
            "\"event/type\"}",
            Message.INVALID_POINTER, "typePointer", "event/type", "it does not start with '/'"),
        ErrorCase.of("malformed type header",
            receiver("path = \"/hooks\", name = \"hooks\", typeHeader = \"X Event\""),
            "typeHeader = \"X Event\"", Message.MALFORMED_TYPE_HEADER, "X Event"),
        ErrorCase.of("delivery id signed without a header",
            receiver("path = \"/hooks\", name = \"hooks\", deliveryIdPointer = \"/id\", deliveryIdSigned = true"),
            "deliveryIdSigned = true", Message.DELIVERY_ID_SIGNED_WITHOUT_HEADER),
        ErrorCase.of("delivery id header and pointer together",
            receiver("path = \"/hooks\", name = \"hooks\", deliveryIdHeader = \"X-Id\", deliveryIdPointer = \"/id\""),
            "deliveryIdPointer = \"/id\"", Message.DELIVERY_ID_HEADER_AND_POINTER),
        ErrorCase.of("malformed delivery id header",
            receiver("path = \"/hooks\", name = \"hooks\", deliveryIdHeader = \"X Id\""),
            "deliveryIdHeader = \"X Id\"", Message.MALFORMED_DELIVERY_ID_HEADER, "X Id"),
        ErrorCase.of("invalid delivery id pointer",
            receiver("path = \"/hooks\", name = \"hooks\", deliveryIdPointer = \"event_id\""),
            "deliveryIdPointer = ",
            Message.INVALID_POINTER, "deliveryIdPointer", "event_id", "it does not start with '/'"),
        ErrorCase.of("max body bytes larger than a body can be",
            receiver("path = \"/hooks\", name = \"hooks\", maxBodyBytes = 4_000_000_000L"),
            "maxBodyBytes = ", Message.MAX_BODY_TOO_LARGE, 4_000_000_000L, Integer.MAX_VALUE - 8));
  }

  private static Stream<ErrorCase> malformedPaths() {
    return Stream.of(
        Map.entry("hooks", "it does not start with '/'"),
        Map.entry("/hooks/", "it ends with '/'"),
        Map.entry("/a//b", "it has an empty segment ('//')"),
        Map.entry("/a/../b", "it has a '..' segment"),
        Map.entry("/a/{id}/{id}", "parameter {id} appears twice"))
        .map(path -> ErrorCase.of("path " + path.getKey(), receiver("path = \"" + path.getKey() + "\", name = \"hooks\""),
            "path = \"" + path.getKey() + "\"", Message.MALFORMED_PATH, path.getKey(), path.getValue()));
  }

  private static Stream<ErrorCase> invalidTypePointers() {
    return Stream.of(
        Map.entry("type", "it does not start with '/'"),
        Map.entry("/a~2b", "'~' at index 2 is not followed by 0 or 1"),
        Map.entry("/a~", "'~' at index 2 is not followed by 0 or 1"))
        .map(pointer -> ErrorCase.of("pointer " + pointer.getKey(),
            receiver("path = \"/hooks\", name = \"hooks\", typePointer = \"" + pointer.getKey() + "\""),
            "typePointer = ", Message.INVALID_POINTER, "typePointer", pointer.getKey(), pointer.getValue()));
  }

  private static Stream<ErrorCase> rejectStatuses() {
    return IntStream.of(200, 400, 404, 500, 0, -403).mapToObj(status -> ErrorCase.of("status " + status,
        receiver("path = \"/hooks\", name = \"hooks\", rejectStatus = " + status),
        "rejectStatus = ", Message.INVALID_REJECT_STATUS, status));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a b", "/a:b", "/a/*", "/a/{id", "/a/x{id}", "/a/{1d}", "/a?x=1"})
  void pathWithCharactersSparkOrUrlsGiveMeaningTo(String path) {
    JavaFileObject file = receiver("path = \"" + path + "\", name = \"hooks\"");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).hadErrorContaining("@Webhook(path) \"" + path + "\" is malformed: segment")
        .inFile(file).onLineContaining("path = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void typeHeaderAndTypePointersTogetherCompile() {
    assertThat(Sources.compile(receiver(
        "path = \"/hooks\", name = \"hooks\", typeHeader = \"X-Event\", typePointer = {\"/action\", \"/kind\"}")))
        .succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void rejectStatus401Or403Compiles(int status) {
    assertThat(Sources.compile(receiver("path = \"/hooks\", name = \"hooks\", rejectStatus = " + status)))
        .succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/hooks", "/a-b/c_d/e.f/g~h", "/telegram/events/{token}", "/x/{a}/y/{b_2}"})
  void wellFormedPathsCompile(String path) {
    assertThat(Sources.compile(receiver("path = \"" + path + "\", name = \"hooks\""))).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/type", "/event/type", "/a~0b/c~1d", "/items/0/kind", "/"})
  void validJsonPointersCompile(String pointer) {
    assertThat(Sources.compile(receiver("path = \"/hooks\", name = \"hooks\", typePointer = \"" + pointer + "\"")))
        .succeededWithoutWarnings();
  }
}
