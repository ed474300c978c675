package io.hookwire.spark;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BlockingBodyReader;
import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import javax.servlet.ServletRequest;
import javax.servlet.ServletRequestWrapper;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spark.Filter;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The one Spark filter that serves every receiver: it takes the requests whose raw path a receiver
 * has, hands them to Hookwire, writes the answer itself and ends Spark's handling of the request;
 * every other request goes on to the application's routes.
 */
final class HookwireFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(HookwireFilter.class);

  private final Hookwire hookwire;
  private final Service http;
  private final boolean switchConnectors;

  /**
   * A filter for {@code hookwire} on {@code http}; {@code switchConnectors} when the connectors of
   * its running server must be made to hand requests over on their head ({@link HeadDispatchJetty}).
   */
  HookwireFilter(Hookwire hookwire, Service http, boolean switchConnectors) {
    this.hookwire = hookwire;
    this.http = http;
    this.switchConnectors = switchConnectors;
  }

  @Override
  public void handle(Request request, Response response) {
    HttpServletRequest servlet = unwrap(request.raw());
    if (switchConnectors) {
      // Any request will do, on any path: the setting is the connector's.
      HeadDispatchJetty.dispatchOnHead(servlet);
    }
    if (!hookwire.serves(servlet.getRequestURI())) {
      return;
    }
    try (Reception reception = hookwire.receive(head(servlet))) {
      WebhookResponse answer = reception.answerWithoutBody().orElseGet(() -> readBody(servlet, reception));
      write(answer, response.raw(), reception);
    } catch (RuntimeException | Error e) {
      // Nothing may reach Spark, whose error page would show the exception to the client.
      LOG.error("500 the request could not be handled", e);
      if (!response.raw().isCommitted()) {
        throw http.halt(500, "Internal server error.");
      }
    }
    // The answer is written already: Spark only has to end the request.
    throw http.halt();
  }

  private static WebhookResponse readBody(HttpServletRequest servlet, Reception reception) {
    BodyBuffer body = new BodyBuffer(reception.maxBodyBytes(), servlet.getContentLengthLong());
    BlockingBodyReader.Outcome outcome;
    try (JettyIdleBound bound = new JettyIdleBound(servlet)) {
      outcome = BlockingBodyReader.read(servlet.getInputStream(), body, reception.bodyDeadline(), bound);
    } catch (IOException | RuntimeException e) {
      return reception.bodyUnreadable(e);
    }
    // Outside the try: a failure of the pipeline itself is a 500, not a body the client broke.
    return outcome.answer(reception, body);
  }

  /** Writes and flushes the answer, so that it is on the wire before the reception closes. */
  private static void write(WebhookResponse answer, HttpServletResponse response, Reception reception) {
    try {
      response.setStatus(answer.status());
      response.setContentType(answer.contentType());
      answer.headers().forEach(response::setHeader);
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.flushBuffer();
    } catch (IOException e) {
      reception.answerNotWritten(e);
    }
  }

  private static RequestHead head(HttpServletRequest servlet) {
    RequestHead.Builder head = RequestHead.builder(servlet.getMethod(), servlet.getRequestURI())
        .rawQuery(servlet.getQueryString())
        .contentLength(servlet.getContentLengthLong())
        .remoteAddress(servlet.getRemoteAddr());
    for (Enumeration<String> names = servlet.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = servlet.getHeaders(name); values.hasMoreElements(); ) {
        head.header(name, values.nextElement());
      }
    }
    return head.build();
  }

  /**
   * The request below Spark's wrapper, whose {@code getInputStream()} would copy the whole body
   * into memory, unbounded.
   */
  private static HttpServletRequest unwrap(ServletRequest request) {
    ServletRequest current = request;
    while (current instanceof ServletRequestWrapper wrapper) {
      current = wrapper.getRequest();
    }
    return (HttpServletRequest) current;
  }
}
