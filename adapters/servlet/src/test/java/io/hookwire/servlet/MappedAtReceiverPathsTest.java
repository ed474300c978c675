package io.hookwire.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HookwireServlet#mappedAtReceiverPaths}: mapped at a receiver's own path, exactly, or at
 * the fixed start of a path with parameters, the servlet routes on the whole path after the context
 * path, its mapping included, and leaves every other path to the application.
 */
class MappedAtReceiverPathsTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private RunningServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theReceiversAreServedAtTheirOwnPathsAndOtherPathsAreNot() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(TelegramReceiver.class, PingReceiver.class)
        .instance(new TelegramReceiver("tok"))
        .build();
    // In the context /app, beside the servlets ServletServers maps under /hooks.
    server = ServletServers.underPrefix().customized(context -> {
      ServletHolder atPaths = new ServletHolder("at-receiver-paths", HookwireServlet.mappedAtReceiverPaths(hookwire));
      context.getServletHandler().addServletWithMapping(atPaths, "/telegram/*");
      context.getServletHandler().addServletWithMapping(atPaths, "/ping");
    }).start(hookwire);

    HttpResponse<String> update = post("/app/telegram/tok/updates?chat=1");
    assertEquals(200, update.statusCode(), update::body);
    assertTrue(update.body().contains("\"path\":\"/telegram/tok/updates\""), update.body());
    assertEquals("pong", post("/app/ping").body());
    assertEquals(403, post("/app/telegram/other/updates").statusCode());
    assertEquals(404, post("/app/telegram/tok").statusCode());
    // Jetty's default servlet answers there, not Hookwire, which would answer a GET with 405.
    HttpResponse<String> elsewhere = send(base("/app/pingpong").GET());
    assertEquals(404, elsewhere.statusCode());
    assertEquals(405, send(base("/app/ping").GET()).statusCode());
  }

  private HttpResponse<String> post(String path) throws Exception {
    return send(base(path).POST(HttpRequest.BodyPublishers.ofString("{}")));
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
