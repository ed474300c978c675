package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.it.receivers.PingReceiver;
import io.hookwire.it.receivers.TelegramReceiver;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.MountReport.MountedRoute;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Hookwire.Builder#basePath}: every route is served and reported under it, parameters too. */
public abstract class BasePathContract extends ContractServer {

  @Test
  void everyRouteIsServedAndReportedUnderTheBasePath() throws Exception {
    Hookwire hookwire = Hookwire.builder()
        .only(PingReceiver.class, TelegramReceiver.class)
        .instance(new TelegramReceiver("t"))
        .basePath("hooks/")
        .build();
    Loopback client = serve(hookwire);

    assertEquals(
        List.of(new MountedRoute("ping", "/hooks/ping"), new MountedRoute("telegram", "/hooks/telegram/{botToken}/updates")),
        hookwire.routes());
    assertEquals("pong", client.post("/hooks/ping", "").body());
    assertEquals(200, client.post("/hooks/telegram/t/updates", "{}").statusCode());
    // Outside the base path the receivers are not there: the path is the application's, which has none.
    assertEquals(404, client.post("/ping", "").statusCode());
  }
}
