package io.hookwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Compares generated sources with the golden files in {@code src/test/resources/golden}. Run the
 * tests with {@code -Dhookwire.golden.update=true} to rewrite the files after an intended change,
 * then review the diff.
 */
final class GoldenFiles {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private GoldenFiles() {}

  static void assertMatches(Compilation compilation, String qualifiedName) {
    String actual = generatedSource(compilation, qualifiedName);
    Path golden = ROOT.resolve(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1) + ".java");
    try {
      if (Boolean.getBoolean("hookwire.golden.update")) {
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "generated " + qualifiedName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
