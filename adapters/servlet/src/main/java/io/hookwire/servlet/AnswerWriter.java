package io.hookwire.servlet;

import io.hookwire.runtime.WebhookResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes Hookwire's answers onto servlet responses. */
final class AnswerWriter {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
  // A fixed text: an answer never carries an exception's message or stack trace.
  private static final WebhookResponse INTERNAL_ERROR = WebhookResponse.text(500, "Internal server error.");

  private AnswerWriter() {}

  /**
   * Writes {@code answer} and flushes it, so that it is on the wire before the reception closes:
   * a graceful stop waits for exactly that.
   *
   * @throws IOException if the client went away
   */
  static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    // Connection: close among them (on 408 and 413) makes the container close the connection
    // rather than read the rest of a body nobody wants.
    answer.headers().forEach(response::setHeader);
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /**
   * After a failure nobody expected, and which has been logged: a generic {@code 500}, unless part
   * of another answer is on the wire already, when nothing can be done but end the request.
   */
  static void internalError(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    try {
      response.reset();
      write(response, INTERNAL_ERROR);
    } catch (IOException | RuntimeException e) {
      LOG.debug("The answer 500 could not be written either", e);
    }
  }
}
