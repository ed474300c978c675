package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency of the runtime: an application without it on its class
 * path builds, starts, serves (through {@code Hookwire#handle} and an adapter's reception) and
 * stops as before. The runtime, the receivers and this test's {@link Application} are loaded again
 * in a class loader that holds the tests' class path without the Micrometer jars, so a class that
 * referred to Micrometer on any of those paths would fail with {@code NoClassDefFoundError}.
 */
class MicrometerAbsentTest {

  @Test
  void hookwireRunsWithoutMicrometerOnTheClassPath() throws Exception {
    try (URLClassLoader withoutMicrometer = new URLClassLoader(classPathWithoutMicrometer(),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> application = Class.forName(Application.class.getName(), true, withoutMicrometer);
      assertEquals(withoutMicrometer, application.getClassLoader(), "loaded again, not from the tests' loader");

      Object answers = ((Callable<?>) application.getDeclaredConstructor().newInstance()).call();

      assertEquals("micrometer absent; handle 200 pong; reception 200 pong; 404; stopped true; 503", answers);
    }
  }

  /** What an application without Micrometer does; runs inside the class loader without it. */
  public static final class Application implements Callable<String> {
    @Override
    public String call() throws Exception {
      StringBuilder answers = new StringBuilder(micrometerPresence());
      Hookwire hookwire = Hookwire.builder()
          .only(PingReceiver.class)
          .classLoader(Application.class.getClassLoader())
          .build();
      hookwire.start();
      var handled = hookwire.handle(WebhookRequest.builder().path("/ping").body("{}").build());
      answers.append("; handle ").append(handled.status()).append(' ').append(handled.body());
      try (Reception reception = hookwire.receive(RequestHead.builder("POST", "/ping").build())) {
        var answer = reception.complete("{}".getBytes(StandardCharsets.UTF_8));
        answers.append("; reception ").append(answer.status()).append(' ').append(answer.body());
      }
      answers.append("; ").append(hookwire.handle(WebhookRequest.builder().path("/none").build()).status());
      answers.append("; stopped ").append(hookwire.stop(Duration.ofSeconds(10)));
      answers.append("; ").append(hookwire.handle(WebhookRequest.builder().path("/ping").build()).status());
      return answers.toString();
    }

    private static String micrometerPresence() {
      try {
        Class.forName("io.micrometer.core.instrument.MeterRegistry");
        return "micrometer present";
      } catch (ClassNotFoundException expected) {
        return "micrometer absent";
      }
    }
  }

  /** The tests' own class path, as Surefire gives it, less every Micrometer jar. */
  private static URL[] classPathWithoutMicrometer() throws MalformedURLException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("micrometer")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
