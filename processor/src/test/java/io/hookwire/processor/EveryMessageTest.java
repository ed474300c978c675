package io.hookwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.processor.validation.Message;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the processor can print, each produced by at least one compilation: the cases of
 * the error tests, which say where each message points, run here, and every {@link Message} must
 * have one, so a message no source can produce, or a new one without a test, fails the build.
 */
class EveryMessageTest {

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCaseReportsItsMessageWithItsKindOnItsLine(ErrorCase errorCase) {
    errorCase.assertReported();
  }
}
