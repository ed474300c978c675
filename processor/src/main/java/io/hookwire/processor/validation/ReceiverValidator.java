package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;

/** Runs every check of one {@code @Webhook} class, reporting all of its errors, not only the first. */
public final class ReceiverValidator {

  private ReceiverValidator() {}

  /** Whether the receiver is valid; every error found is reported to {@code report}. */
  public static boolean validate(Receiver receiver, Report report) {
    if (!ClassValidator.validate(receiver, report)) {
      return false;
    }
    AttributeValidator.validate(receiver, report);
    MethodSetValidator.validate(receiver, report);
    ParameterValidator parameters = new ParameterValidator(receiver, report);
    for (ReceiverMethod method : receiver.methods()) {
      MethodValidator.validate(method, report);
      parameters.validate(method);
    }
    DispatchValidator.validate(receiver, report);
    return !report.hasErrors();
  }
}
