package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The base path over HTTP, for a path with parameters too. */
class BasePathHttpTest {

  @Test
  void everyRouteIsServedAndReportedUnderTheBasePath() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .registry(new PingRegistry())
        .registry(new TelegramRegistry())
        .instance(new TelegramReceiver("t"))
        .basePath("hooks/")
        .build();
    try (TestServer server = TestServer.serving(hookwire)) {
      assertEquals(
          List.of(new MountReport.MountedRoute("ping", "/hooks/ping"),
              new MountReport.MountedRoute("telegram", "/hooks/telegram/{botToken}/updates")),
          server.report().mounted());
      assertEquals("pong", server.post("/hooks/ping", "").body());
      assertEquals(200, server.post("/hooks/telegram/t/updates", "{}").statusCode());
      assertEquals(404, server.post("/ping", "").statusCode());
    }
  }
}
