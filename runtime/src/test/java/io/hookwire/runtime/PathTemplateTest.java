package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {
  private final PathTemplate template = PathTemplate.compile("/telegram/{botToken}/updates");

  private static Optional<PathTemplate.Matched> decoded(Map<String, String> params) {
    return Optional.of(PathTemplate.Matched.decoded(params));
  }

  @Test
  void matchesAndKeepsTheCaseOfParameterNames() {
    assertEquals(decoded(Map.of("botToken", "123:ABC")), template.match("/telegram/123:ABC/updates"));
  }

  @Test
  void literalSegmentsAndTheNumberOfSegmentsMustAgree() {
    assertEquals(Optional.empty(), template.match("/telegram/123/other"));
    assertEquals(Optional.empty(), template.match("/telegram/123/updates/more"));
    assertEquals(Optional.empty(), template.match("/telegram/123/updates/"));
  }

  @Test
  void anEmptySegmentIsNoParameterValue() {
    assertEquals(Optional.empty(), template.match("/telegram//updates"));
  }

  @Test
  void hasAShapeAndASparkPath() {
    assertEquals("/telegram/{}/updates", template.shape());
    assertEquals("/telegram/:botToken/updates", template.sparkPath());
    assertFalse(template.isLiteral());
    assertTrue(PathTemplate.compile("/slack/events").isLiteral());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a/{x}.json", "/a/{x", "/a/x}", "/a/{}", "a/b"})
  void refusesMalformedPaths(String path) {
    assertThrows(IllegalArgumentException.class, () -> PathTemplate.compile(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "a b", "a/b", "100%", "ünïcødé ✓ 𝄞", "a+b", "%zz", ".."})
  void decodesEachValueAsItWasEncoded(String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");

    assertEquals(decoded(Map.of("botToken", value)), template.match("/telegram/" + encoded + "/updates"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "%C0%AF",          // an overlong encoding of /
      "%E0%80%AF",       // another, in three bytes
      "%FF",             // a byte that is never UTF-8
      "%C3",             // a character cut off
      "%C3%28",          // a lead byte without its continuation
      "%80",             // a continuation byte without its lead
      "%ED%A0%80",       // a surrogate, U+D800
      "%F4%90%80%80",    // past U+10FFFF
      "%C3x%A9",         // a character split by another
      "123:ABC%FF"})     // a bad byte after good text
  void aValueWhoseEscapesAreNotUtf8IsNamedAndNotDecoded(String value) {
    assertEquals(Optional.of(PathTemplate.Matched.notDecoded("botToken")),
        template.match("/telegram/" + value + "/updates"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"%zz", "%", "%4", "a%", "a%2", "%%41", "%\u0664\u0661", "%G1"})
  void aMalformedEscapeIsNotDecodedEither(String value) {
    assertEquals(Optional.empty(), PathTemplate.percentDecode(value));
    assertEquals(Optional.of(PathTemplate.Matched.notDecoded("botToken")),
        template.match("/telegram/" + value + "/updates"));
  }

  @Test
  void plusSignsAndUnescapedCharactersStayAsTheyAre() {
    assertEquals(Optional.of("a+b ü"), PathTemplate.percentDecode("a+b%20ü"));
  }

  @Test
  void whetherAValueDecodesNeverDecidesWhetherThePathMatches() {
    assertEquals(Optional.empty(), template.match("/telegram/%FF/other"));
    assertEquals(Optional.empty(), template.match("/telegram/%FF/updates/"));
  }

  @Test
  void theFirstValueThatDoesNotDecodeIsNamedAndNoValueIsKept() {
    PathTemplate two = PathTemplate.compile("/{tenant}/{channel}/{token}");

    assertEquals(Optional.of(PathTemplate.Matched.notDecoded("channel")), two.match("/acme/%FF/%zz"));
  }
}
