package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.it.receivers.LargeAnswerReceiver;
import io.hookwire.runtime.Hookwire;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away while its answer is written: anyone can do it at will, so it must cost
 * no more than a line at {@code DEBUG}. An {@code ERROR} with a stack trace for each would let
 * anyone flood the log.
 */
public abstract class ClientGoneContract extends ContractServer {
  private final LargeAnswerReceiver receiver = new LargeAnswerReceiver();

  @Test
  void aClientThatResetsTheConnectionWhileItsAnswerIsWrittenLogsNoAlarm() throws Exception {
    Hookwire hookwire = Hookwire.builder().only(LargeAnswerReceiver.class).instance(receiver).build();
    Loopback client = serve(hookwire);
    try (LogCapture log = LogCapture.start()) {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), client.raw().port());
      OutputStream out = socket.getOutputStream();
      out.write(RawHttp.post(client.target("/large-answer"), "", "{}").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertTrue(receiver.awaitCalled(10, TimeUnit.SECONDS), "the delivery never reached its handler");

      // A linger of zero makes close() reset the connection instead of ending it in order.
      socket.setSoLinger(true, 0);
      socket.close();
      receiver.answer();

      // The stop waits for the request to end: its answer written, or its writing given up.
      assertTrue(hookwire.stop(Duration.ofSeconds(20)), "the request never ended");
      assertEquals(List.of(), log.alarms());
    }
  }
}
