package io.hookwire.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The servlet takes the receivers' paths and nothing else. */
class ServletMappingsTest {

  @Test
  void aFixedPathIsMappedExactlyAndAPathWithParametersAtItsFixedStart() {
    assertEquals(List.of("/github", "/telegram/*", "/a/b/*"), List.copyOf(ServletMappings.of("",
        List.of("/github", "/telegram/{token}/updates", "/a/b/{c}", "/telegram/{token}/other"))));
  }

  @Test
  void aBasePathIsOneMappingForEveryReceiver() {
    assertEquals(Set.of("/hooks/*"), ServletMappings.of("/hooks", List.of("/github", "/{tenant}/events")));
  }

  @Test
  void aPathThatStartsWithAParameterNeedsABasePath() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> ServletMappings.of("", List.of("/{tenant}/events")));
    assertTrue(error.getMessage().contains("hookwire.base-path"), error.getMessage());
  }
}
