package io.hookwire.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport;
import io.hookwire.spark.HookwireSpark;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receivers written as users write them, compiled with the real processor into jars, discovered by
 * the runtime and served over real HTTP on loopback.
 */
class EndToEndTest {
  private static final String JSON = "application/json";

  @TempDir Path jars;
  private LoopbackServer server;

  @BeforeEach
  void clearCalls() {
    Handled.clear();
    server = new LoopbackServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private MountReport mount(URLClassLoader loader, Object... instances) throws Exception {
    Hookwire.Builder builder = Hookwire.builder().classLoader(loader);
    for (Object instance : instances) {
      builder.instance(instance);
    }
    MountReport report = HookwireSpark.mount(builder.build(), server.service());
    server.started();
    return report;
  }

  private static Object newInstance(URLClassLoader loader, String className, Object... arguments) throws Exception {
    Class<?>[] types = new Class<?>[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      types[i] = arguments[i] instanceof Boolean ? boolean.class : arguments[i].getClass();
    }
    return loader.loadClass(className).getConstructor(types).newInstance(arguments);
  }

  @Test
  void theUserViewReceiverVerifiesDispatchesAndAcknowledges() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "slack", Receivers.SLACK)));
    mount(loader, newInstance(loader, "slack.SlackReceiver", "s3cret"));

    HttpResponse<String> challenge = server.post("/slack/events",
        "{\"type\":\"url_verification\",\"challenge\":\"c-123\",\"token\":\"x\"}", "X-Test-Secret", "s3cret",
        "Content-Type", JSON);
    assertEquals(200, challenge.statusCode());
    assertEquals("c-123", challenge.body());
    assertTrue(challenge.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

    HttpResponse<String> message = server.post("/slack/events",
        "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{\"text\":\"hello\"},\"new_field\":1}",
        "X-Test-Secret", "s3cret", "X-Slack-Retry-Num", "1");
    assertEquals(200, message.statusCode());
    assertEquals("OK", message.body());

    HttpResponse<String> other = server.post("/slack/events", "{\"type\":\"app_mention\"}", "X-Test-Secret", "s3cret");
    assertEquals(200, other.statusCode());
    assertEquals(List.of("message T1 hello retry=1", "other app_mention"), Handled.calls());
  }

  @Test
  void rejectedAndBrokenDeliveriesGetTheContractsAnswersAndReachNoHandler() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "slack", Receivers.SLACK)));
    mount(loader, newInstance(loader, "slack.SlackReceiver", "s3cret"));
    String callback = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{}}";

    HttpResponse<String> forged = server.post("/slack/events", callback, "X-Test-Secret", "guess");
    assertEquals(403, forged.statusCode());
    assertEquals("Request verification failed.", forged.body());
    assertEquals(400, server.post("/slack/events", "{\"type\":", "X-Test-Secret", "s3cret").statusCode());
    assertEquals(400, server.post("/slack/events", "{\"type\":\"event_callback\",\"event\":[1]}",
        "X-Test-Secret", "s3cret").statusCode());
    assertEquals(415, server.post("/slack/events", callback, "X-Test-Secret", "s3cret",
        "Content-Type", "application/xml").statusCode());

    HttpResponse<String> failing = server.post("/slack/events", "{\"type\":\"explode\"}", "X-Test-Secret", "s3cret");
    assertEquals(500, failing.statusCode());
    assertFalse(failing.body().contains("secret internals"));
    assertFalse(failing.body().contains("IllegalStateException"));
    assertEquals(List.of(), Handled.calls());
  }

  @Test
  void headerDispatchRawBodyVerificationAndTypedAnswers() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "github", Receivers.GITHUB)));
    mount(loader);
    String push = "{\"ref\":\"refs/heads/main\",\"commits\":[{\"id\":\"a\",\"message\":\"m\"},{\"id\":\"b\"}]}";
    String signature = "len=" + push.length();

    HttpResponse<String> summary = server.post("/github/events", push, "X-GitHub-Event", "push", "X-Signature", signature);
    assertEquals(200, summary.statusCode());
    assertEquals("{\"ref\":\"refs/heads/main\",\"commits\":2}", summary.body());
    assertTrue(summary.headers().firstValue("Content-Type").orElse("").startsWith(JSON));

    HttpResponse<String> pong = server.post("/github/events", "{}", "X-GitHub-Event", "ping", "X-Signature", "len=2");
    assertEquals(202, pong.statusCode());
    assertEquals("pong", pong.body());

    HttpResponse<String> ignored = server.post("/github/events", "{}", "X-GitHub-Event", "star", "X-Signature", "len=2");
    assertEquals(200, ignored.statusCode());
    assertEquals("OK", ignored.body());

    assertEquals(403, server.post("/github/events", push, "X-GitHub-Event", "push").statusCode());
    assertEquals(403, server.post("/github/events", push, "X-GitHub-Event", "push", "X-Signature", "len=1").statusCode());
  }

  @Test
  void pathParametersAndTheConnectStep() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(CompiledJar.compile(jars, "telegram", Receivers.TELEGRAM)));
    MountReport report = mount(loader, newInstance(loader, "telegram.TelegramReceiver", "t0k", false));

    assertEquals(List.of("telegram"), report.mounted().stream().map(MountReport.MountedRoute::name).toList());
    assertEquals(List.of("connect t0k"), Handled.calls());
    assertEquals(200, server.post("/telegram/events/t0k?source=test", "{\"update_id\":7}").statusCode());
    assertEquals(403, server.post("/telegram/events/other", "{\"update_id\":8}").statusCode());
    assertEquals(List.of("connect t0k", "update 7 from test"), Handled.calls());
  }

  @Test
  void aReceiverThatFailsToConnectIsLeftOutWhileTheOthersServe() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(
        CompiledJar.compile(jars, "both", Receivers.TELEGRAM, Receivers.SLACK)));
    MountReport report = mount(loader,
        newInstance(loader, "telegram.TelegramReceiver", "broken", false),
        newInstance(loader, "slack.SlackReceiver", "s3cret"));

    assertEquals(List.of("slack_events_handler"), report.mounted().stream().map(MountReport.MountedRoute::name).toList());
    assertEquals("setWebhook refused", report.failed().get("telegram").getMessage());
    assertEquals(404, server.post("/telegram/events/broken", "{}").statusCode());
    assertEquals(200, server.post("/slack/events", "{\"type\":\"x\"}", "X-Test-Secret", "s3cret").statusCode());
  }

  @Test
  void receiversCompiledIntoSeparateJarsMountTogether() throws Exception {
    URLClassLoader loader = CompiledJar.loader(List.of(
        CompiledJar.compile(jars, "slack", Receivers.SLACK),
        CompiledJar.compile(jars, "github", Receivers.GITHUB)));
    MountReport report = mount(loader, newInstance(loader, "slack.SlackReceiver", "s3cret"));

    assertEquals(2, report.mounted().size());
    assertEquals(200, server.post("/slack/events", "{\"type\":\"x\"}", "X-Test-Secret", "s3cret").statusCode());
    assertEquals(202, server.post("/github/events", "{}", "X-GitHub-Event", "ping", "X-Signature", "len=2").statusCode());
  }
}
