package io.hookwire.example;

import io.hookwire.example.send.SendCommand;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar hookwire-example.jar} starts the live blog; {@code … send slack "Hello"}
 * sends it a signed sample delivery. Configuration comes from environment variables; see
 * {@link ExampleConfig}.
 */
public final class Main {
  private Main() {}

  /** Starts the server, or with {@code send} as the first argument, sends one delivery. */
  public static void main(String[] args) throws IOException {
    List<String> arguments = Arrays.asList(args);
    if (!arguments.isEmpty() && arguments.get(0).equals("send")) {
      System.exit(new SendCommand(System.getenv(), System.out, System.err).run(arguments.subList(1, arguments.size())));
    }
    LiveBlogServer server = LiveBlogServer.start(ExampleConfig.fromEnvironment(System.getenv()));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "live-blog-shutdown"));
  }
}
