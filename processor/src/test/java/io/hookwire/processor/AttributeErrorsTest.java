package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The values of {@code @Webhook}: path, name, where the event type is read, the body limit and
 * the status of a failed verification.
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

  private static void assertSingleError(String attributes, String message, String line) {
    Sources.assertSingleError(receiver(attributes), message, line);
  }

  @Test
  void emptyPath() {
    assertSingleError("path = \"\", name = \"hooks\"", Message.EMPTY_PATH.format(), "path = \"\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "hooks            | it does not start with '/'",
      "/hooks/          | it ends with '/'",
      "/a//b            | it has an empty segment ('//')",
      "/a/../b          | it has a '..' segment",
      "/a/{id}/{id}     | parameter {id} appears twice",
  })
  void malformedPath(String path, String problem) {
    assertSingleError("path = \"" + path + "\", name = \"hooks\"",
        Message.MALFORMED_PATH.format(path, problem), "path = \"" + path + "\"");
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
  void emptyName() {
    assertSingleError("path = \"/hooks\", name = \"\"", Message.EMPTY_NAME.format(), "name = \"\"");
  }

  @Test
  void malformedName() {
    assertSingleError("path = \"/hooks\", name = \"my hooks\"",
        Message.MALFORMED_NAME.format("my hooks"), "name = \"my hooks\"");
  }

  @Test
  void typeHeaderAndTypePointersTogetherCompile() {
    assertThat(Sources.compile(receiver(
        "path = \"/hooks\", name = \"hooks\", typeHeader = \"X-Event\", typePointer = {\"/action\", \"/kind\"}")))
        .succeededWithoutWarnings();
  }

  @Test
  void emptyTypePointer() {
    assertSingleError("""
        path = "/hooks", name = "hooks", typePointer = {"/type",
                ""}""", Message.EMPTY_TYPE_POINTER.format(), "        \"\"}");
  }

  @Test
  void sameTypePointerTwice() {
    assertSingleError("""
        path = "/hooks", name = "hooks", typePointer = {"/type",
                "/type"}""", Message.DUPLICATE_TYPE_POINTER.format("/type"), "\"/type\"}");
  }

  @Test
  void invalidSecondTypePointer() {
    assertSingleError("""
        path = "/hooks", name = "hooks", typePointer = {"/type",
                "event/type"}""",
        Message.INVALID_POINTER.format("typePointer", "event/type", "it does not start with '/'"),
        "\"event/type\"}");
  }

  @Test
  void malformedTypeHeader() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", typeHeader = \"X Event\"",
        Message.MALFORMED_TYPE_HEADER.format("X Event"), "typeHeader = \"X Event\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "type       | it does not start with '/'",
      "/a~2b      | '~' at index 2 is not followed by 0 or 1",
      "/a~        | '~' at index 2 is not followed by 0 or 1",
  })
  void invalidJsonPointer(String pointer, String problem) {
    assertSingleError("path = \"/hooks\", name = \"hooks\", typePointer = \"" + pointer + "\"",
        Message.INVALID_POINTER.format("typePointer", pointer, problem), "typePointer = ");
  }

  @Test
  void deliveryIdSignedWithoutAHeader() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", deliveryIdPointer = \"/id\", deliveryIdSigned = true",
        Message.DELIVERY_ID_SIGNED_WITHOUT_HEADER.format(), "deliveryIdSigned = true");
  }

  @Test
  void deliveryIdHeaderAndPointerTogether() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", deliveryIdHeader = \"X-Id\", deliveryIdPointer = \"/id\"",
        Message.DELIVERY_ID_HEADER_AND_POINTER.format(), "deliveryIdPointer = \"/id\"");
  }

  @Test
  void malformedDeliveryIdHeader() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", deliveryIdHeader = \"X Id\"",
        Message.MALFORMED_DELIVERY_ID_HEADER.format("X Id"), "deliveryIdHeader = \"X Id\"");
  }

  @Test
  void invalidDeliveryIdPointer() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", deliveryIdPointer = \"event_id\"",
        Message.INVALID_POINTER.format("deliveryIdPointer", "event_id", "it does not start with '/'"),
        "deliveryIdPointer = ");
  }

  @Test
  void maxBodyBytesLargerThanABodyCanBe() {
    assertSingleError("path = \"/hooks\", name = \"hooks\", maxBodyBytes = 4_000_000_000L",
        Message.MAX_BODY_TOO_LARGE.format(4_000_000_000L, Integer.MAX_VALUE - 8), "maxBodyBytes = ");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 400, 404, 500, 0, -403})
  void rejectStatusOtherThan401Or403(int status) {
    assertSingleError("path = \"/hooks\", name = \"hooks\", rejectStatus = " + status,
        Message.INVALID_REJECT_STATUS.format(status), "rejectStatus = ");
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
