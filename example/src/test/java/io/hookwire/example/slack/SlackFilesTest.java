package io.hookwire.example.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.hookwire.example.blog.RichText;
import io.hookwire.example.blog.Span;
import io.hookwire.example.media.FileDownloader;
import io.hookwire.example.media.MediaStore;
import io.hookwire.example.slack.SlackPayloads.SlackFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shared files against a stand-in for Slack's file host: a real HTTP server on loopback. */
class SlackFilesTest {
  private static final String TOKEN = "xoxb-test-token";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  private static final String PERMALINK = "https://team.slack.com/files/U1/F1/photo.png";

  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final MediaStore media = new MediaStore(1024 * 1024);
  private final FileDownloader downloader = new FileDownloader(Duration.ofSeconds(10), 1024 * 1024);
  private HttpServer files;
  private String fileHost;

  @BeforeEach
  void start() throws IOException {
    files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    files.createContext("/", this::serve);
    files.start();
    fileHost = "http://127.0.0.1:" + files.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    files.stop(0);
  }

  @Test
  void withABotTokenASharedImageIsFetchedAndShown() {
    SlackFiles.Content content = slackFiles(Optional.of(TOKEN)).read("Half time", List.of(image("photo.png")));

    assertEquals(List.of(Span.text("Half time")), content.body().spans());
    assertArrayEquals(PNG, media.find(content.image().substring("/media/".length())).orElseThrow().bytes());
    assertEquals(List.of("Bearer " + TOKEN), authorizations);
  }

  @Test
  void withoutABotTokenAnImageIsALinkAndNothingIsFetched() {
    SlackFiles.Content content = slackFiles(Optional.empty()).read("", List.of(image("photo.png")));

    assertEquals(List.of(Span.text("File: "), Span.link("Photo", PERMALINK)), content.body().spans());
    assertNull(content.image());
    assertTrue(authorizations.isEmpty());
  }

  @Test
  void anImageSlackWillNotServeIsALink() {
    SlackFiles.Content content = slackFiles(Optional.of(TOKEN)).read("Look", List.of(image("missing.png")));

    assertEquals(List.of(Span.text("Look\nFile: "), Span.link("Photo", PERMALINK)), content.body().spans());
    assertNull(content.image());
  }

  @Test
  void theTokenIsSentToSlacksFileHostOnly() {
    SlackFile elsewhere = new SlackFile("x.png", "Elsewhere", PERMALINK, "image/png", "png", "PNG",
        "https://attacker.example/x.png", null);

    SlackFiles.Content content = slackFiles(Optional.of(TOKEN)).read("", List.of(elsewhere));

    assertNull(content.image());
    assertTrue(authorizations.isEmpty());
  }

  @Test
  void aFileIsNamedByItsTitleNameOrKindAndNeverLeftBare() {
    List<SlackFile> shared = List.of(
        new SlackFile("report.pdf", null, "https://team.slack.com/files/U1/F2/report.pdf", "application/pdf", "pdf", "PDF", null, null),
        new SlackFile(null, null, null, "application/pdf", "pdf", "PDF", null, null),
        new SlackFile(null, null, "https://team.slack.com/files/U1/F3", null, null, null, null, null));

    SlackFiles.Content content = slackFiles(Optional.empty()).read("Papers", shared);

    assertEquals(List.of(Span.text("Papers\nFile: "), Span.link("report.pdf", "https://team.slack.com/files/U1/F2/report.pdf"),
        Span.text("\nFile: PDF")), content.body().spans());
  }

  @Test
  void onlyTheFirstImageIsShownTheOthersAreLinked() {
    SlackFiles.Content content = slackFiles(Optional.of(TOKEN)).read("", List.of(image("photo.png"), image("photo.png")));

    assertTrue(content.image().startsWith("/media/"));
    assertEquals(List.of(Span.text("File: "), Span.link("Photo", PERMALINK)), content.body().spans());
  }

  @Test
  void anSvgIsNeverFetched() {
    SlackFile svg = new SlackFile("x.svg", "Drawing", PERMALINK, "image/svg+xml", "svg", "SVG", fileHost + "x.svg", null);

    SlackFiles.Content content = slackFiles(Optional.of(TOKEN)).read("", List.of(svg));

    assertNull(content.image());
    assertTrue(authorizations.isEmpty());
  }

  @Test
  void anEditFetchesNothingAndLinksOnlyTheFilesNotShown() {
    List<SlackFile> shared = List.of(image("photo.png"), image("photo.png"));

    RichText shown = slackFiles(Optional.of(TOKEN)).edited("Edited", shared, true);
    RichText notShown = slackFiles(Optional.of(TOKEN)).edited("Edited", shared, false);

    assertEquals(List.of(Span.text("Edited\nFile: "), Span.link("Photo", PERMALINK)), shown.spans());
    assertEquals(2, notShown.plainText().split("File: ").length - 1);
    assertTrue(authorizations.isEmpty());
  }

  private SlackFiles slackFiles(Optional<String> token) {
    return new SlackFiles(token, fileHost, downloader, media);
  }

  private SlackFile image(String name) {
    return new SlackFile(name, "Photo", PERMALINK, "image/png", "png", "PNG", fileHost + name, fileHost + name + "?download");
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      boolean known = exchange.getRequestURI().getPath().equals("/photo.png");
      byte[] body = known ? PNG : "Not Found".getBytes();
      exchange.sendResponseHeaders(known ? 200 : 404, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
