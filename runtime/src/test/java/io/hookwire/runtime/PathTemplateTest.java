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

  @Test
  void matchesAndKeepsTheCaseOfParameterNames() {
    assertEquals(Optional.of(Map.of("botToken", "123:ABC")), template.match("/telegram/123:ABC/updates"));
  }

  @Test
  void literalSegmentsAndTheNumberOfSegmentsMustAgree() {
    assertEquals(Optional.empty(), template.match("/telegram/123/other"));
    assertEquals(Optional.empty(), template.match("/telegram/123/updates/more"));
    assertEquals(Optional.empty(), template.match("/telegram/123/updates/"));
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
  @ValueSource(strings = {"plain", "a b", "a/b", "100%", "ünïcødé ✓ 𝄞", "a+b", "%zz"})
  void decodesEachValueAsItWasEncoded(String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");

    assertEquals(Optional.of(Map.of("botToken", value)), template.match("/telegram/" + encoded + "/updates"));
  }

  @Test
  void leavesPlusSignsAndMalformedEscapesAsTheyAre() {
    assertEquals("a+b%zz%4", PathTemplate.percentDecode("a+b%zz%4"));
  }
}
