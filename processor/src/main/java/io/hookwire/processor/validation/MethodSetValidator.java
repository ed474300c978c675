package io.hookwire.processor.validation;

import io.hookwire.processor.model.Receiver;
import io.hookwire.processor.model.ReceiverMethod;
import io.hookwire.processor.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks the receiver's annotated methods as a set: one {@code @Verify}, at least one
 * {@code @OnEvent}, at most one {@code @IsConnected}, {@code @Connect} and {@code @Handshake}, one
 * part per method.
 */
final class MethodSetValidator {

  private MethodSetValidator() {}

  static void validate(Receiver receiver, Report report) {
    if (receiver.methods(Role.VERIFY).isEmpty()) {
      report.print(receiver.element(), receiver.annotation(), Message.MISSING_VERIFY);
    }
    if (receiver.methods(Role.ON_EVENT).isEmpty()) {
      report.print(receiver.element(), receiver.annotation(), Message.MISSING_ON_EVENT);
    }
    for (Role role : List.of(Role.VERIFY, Role.IS_CONNECTED, Role.CONNECT, Role.HANDSHAKE)) {
      checkAtMostOne(receiver.methods(role), report);
    }
    checkOneRolePerMethod(receiver, report);
  }

  private static void checkAtMostOne(List<ReceiverMethod> methods, Report report) {
    for (ReceiverMethod extra : methods.subList(Math.min(1, methods.size()), methods.size())) {
      ReceiverMethod first = methods.get(0);
      report.print(extra.element(), extra.annotation(),
          Message.DUPLICATE_ROLE, first.role().annotation(), first.name());
    }
  }

  private static void checkOneRolePerMethod(Receiver receiver, Report report) {
    Map<ExecutableElement, ReceiverMethod> firstRole = new HashMap<>();
    for (ReceiverMethod method : receiver.methods()) {
      ReceiverMethod earlier = firstRole.putIfAbsent(method.element(), method);
      if (earlier != null) {
        report.print(method.element(), method.annotation(),
            Message.TWO_ROLES, earlier.role().annotation(), method.role().annotation());
      }
    }
  }
}
