package io.hookwire.jetty;

import io.hookwire.runtime.WebhookResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a Hookwire answer as a Jetty response, in one last write. */
final class AnswerWriter {
  private AnswerWriter() {}

  /**
   * Sets the status and headers of {@code answer} on {@code response} and writes its body, calling
   * {@code written} once it is on the wire or could not be. The answer's own headers go out as
   * given: a {@code Connection: close} among them makes Jetty close the connection after the
   * answer, so the rest of a body too large or too slow is never read.
   */
  static void write(Response response, WebhookResponse answer, Callback written) {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    answer.headers().forEach(headers::put);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), written);
  }
}
