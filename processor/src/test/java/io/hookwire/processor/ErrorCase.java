package io.hookwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.hookwire.processor.validation.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One compilation that must report one message: the sources, the arguments that fill the
 * message's slots, and the line it points at. {@link EveryMessageTest} runs every case.
 *
 * @param description what is wrong in the source, for the test's name
 * @param at the file whose {@code line} the message is on, or empty for a message on no element
 * @param line a fragment of the one line of {@code at} the message is on
 * @param otherErrors the errors reported beside the message, such as javac's "cannot find symbol"
 */
record ErrorCase(
    String description,
    Message message,
    List<Object> args,
    List<JavaFileObject> files,
    Optional<JavaFileObject> at,
    String line,
    Supplier<Compiler> compiler,
    int otherErrors) {

  /** Stands for an argument whose text the test cannot know, such as the JDK's own wording. */
  static final Object ANY = new Object();
  private static final String ANY_MARK = "\u0000ANY\u0000";

  /** {@code file}, compiled alone, reports {@code message} on the line holding {@code line}. */
  static ErrorCase of(String description, JavaFileObject file, String line, Message message, Object... args) {
    return new ErrorCase(description, message, Arrays.asList(args), List.of(file), Optional.of(file), line,
        Sources::compiler, 0);
  }

  /** {@code file}, compiled alone, reports {@code message} on no element. */
  static ErrorCase onNoElement(String description, JavaFileObject file, Message message, Object... args) {
    return new ErrorCase(description, message, Arrays.asList(args), List.of(file), Optional.empty(), "",
        Sources::compiler, 0);
  }

  /** This case with {@code others} compiled too, before the file the message is on. */
  ErrorCase besides(JavaFileObject... others) {
    List<JavaFileObject> all = new ArrayList<>(List.of(others));
    all.addAll(files);
    return new ErrorCase(description, message, args, all, at, line, compiler, otherErrors);
  }

  /**
   * This case compiled by a new compiler from {@code other} (a processor keeps state between
   * rounds, so a compiler is not reused), such as one with options or a failing Filer.
   */
  ErrorCase compiledBy(Supplier<Compiler> other) {
    return new ErrorCase(description, message, args, files, at, line, other, otherErrors);
  }

  /** This case, where {@code count} other errors are reported too, such as javac's own. */
  ErrorCase besideOtherErrors(int count) {
    return new ErrorCase(description, message, args, files, at, line, compiler, count);
  }

  /**
   * Compiles the files and asserts the message is reported once, as {@code kind}, where expected,
   * and that the compilation fails exactly when an error is reported.
   */
  void assertReported(Diagnostic.Kind kind) {
    Compilation compilation = compiler.get().compile(files);
    Pattern expected = expectedText();
    List<Diagnostic<? extends JavaFileObject>> reported = compilation.diagnostics().stream()
        .filter(diagnostic -> expected.matcher(lines(diagnostic.getMessage(Locale.ROOT))).matches())
        .collect(Collectors.toList());
    assertEquals(1, reported.size(),
        () -> "Expected once: " + expected + "\nReported: " + compilation.diagnostics());
    Diagnostic<? extends JavaFileObject> diagnostic = reported.get(0);
    assertEquals(kind, diagnostic.getKind(), "the kind of the message");
    if (at.isPresent()) {
      assertNotNull(diagnostic.getSource(), "the file the message is on");
      assertEquals(at.get().toUri(), diagnostic.getSource().toUri(), "the file the message is on");
      assertEquals(lineNumber(at.get(), line), diagnostic.getLineNumber(), "the line the message is on");
    } else {
      assertNull(diagnostic.getSource(), "a message on no element");
    }
    int errors = (kind == Diagnostic.Kind.ERROR ? 1 : 0) + otherErrors;
    assertEquals(errors, compilation.errors().size(), () -> "Errors: " + compilation.errors());
    assertEquals(errors == 0, compilation.status() == Compilation.Status.SUCCESS, "whether it compiles");
  }

  /** The message's text with its arguments, each {@link #ANY} matching any text. */
  private Pattern expectedText() {
    Object[] marked = args.stream().map(arg -> arg == ANY ? ANY_MARK : arg).toArray();
    String text = lines(message.format(marked));
    return Pattern.compile(Arrays.stream(text.split(ANY_MARK, -1)).map(Pattern::quote)
        .collect(Collectors.joining(".+")), Pattern.DOTALL);
  }

  /** The text's lines, each stripped: javac indents the lines of a message after the first. */
  private static String lines(String text) {
    return text.strip().lines().map(String::strip).collect(Collectors.joining("\n"));
  }

  /** The number of the one line of {@code file} that holds {@code fragment}. */
  private static long lineNumber(JavaFileObject file, String fragment) {
    List<String> lines;
    try {
      lines = file.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> holding = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(fragment)) {
        holding.add(i + 1);
      }
    }
    assertEquals(1, holding.size(), () -> "Lines holding \"" + fragment + "\": " + holding);
    return holding.get(0);
  }

  @Override
  public String toString() {
    return message + ": " + description;
  }
}
