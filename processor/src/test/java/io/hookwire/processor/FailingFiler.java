package io.hookwire.processor;

import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;

/**
 * javac with the Hookwire processor whose Filer fails as a full disk or a broken build tool would:
 * one of its methods throws, and everything else is javac's own.
 */
final class FailingFiler {

  private FailingFiler() {}

  /** A compiler whose Filer throws {@code failure} from every call of its method {@code method}. */
  static Compiler compiler(String method, Exception failure) {
    return Compiler.javac().withProcessors(processor(method, failure));
  }

  private static Processor processor(String method, Exception failure) {
    Processor hookwire = new WebhookProcessor();
    return proxy(Processor.class, (self, called, args) -> {
      if (called.getName().equals("init")) {
        ProcessingEnvironment environment = (ProcessingEnvironment) args[0];
        Filer filer = failing(environment.getFiler(), method, failure);
        hookwire.init(proxy(ProcessingEnvironment.class, (env, call, callArgs) ->
            call.getName().equals("getFiler") ? filer : invoke(call, environment, callArgs)));
        return null;
      }
      return invoke(called, hookwire, args);
    });
  }

  private static Filer failing(Filer filer, String method, Exception failure) {
    return proxy(Filer.class, (self, called, args) -> {
      if (called.getName().equals(method)) {
        throw failure;
      }
      return invoke(called, filer, args);
    });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(FailingFiler.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
