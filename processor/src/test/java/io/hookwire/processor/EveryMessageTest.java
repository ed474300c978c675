package io.hookwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.processor.validation.Message;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the processor can print, each produced by at least one compilation: the cases of
 * the error tests, which say where each message points, run here, and every {@link Message} must
 * have one, so a message no source can produce, or a new one without a test, fails the build. The
 * kind of each is written here too, apart from the enum, so a message cannot turn from an error
 * into a warning, or back, unnoticed.
 */
class EveryMessageTest {
  /** The messages that are not errors, with their kind; every other message is an error. */
  private static final Map<Message, Diagnostic.Kind> NOT_ERRORS = Map.of();

  static Stream<ErrorCase> cases() {
    return Stream.of(
        ClassErrorsTest.cases(),
        AttributeErrorsTest.cases(),
        MethodErrorsTest.cases(),
        ParameterErrorsTest.cases(),
        HandshakeErrorsTest.cases(),
        DispatchErrorsTest.cases(),
        CompilationErrorsTest.cases(),
        DeferralTest.cases())
        .flatMap(cases -> cases);
  }

  @Test
  void everyMessageHasACase() {
    EnumSet<Message> covered = cases().map(ErrorCase::message)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Message.class)));
    assertEquals(EnumSet.allOf(Message.class), covered,
        () -> "Messages without a case: " + EnumSet.complementOf(covered));
  }

  @Test
  void everyMessageHasItsKind() {
    for (Message message : Message.values()) {
      assertEquals(kind(message), message.kind(), message::name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCaseReportsItsMessageWithItsKindOnItsLine(ErrorCase errorCase) {
    errorCase.assertReported(kind(errorCase.message()));
  }

  private static Diagnostic.Kind kind(Message message) {
    return NOT_ERRORS.getOrDefault(message, Diagnostic.Kind.ERROR);
  }
}
