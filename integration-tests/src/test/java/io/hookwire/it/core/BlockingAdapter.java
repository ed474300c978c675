package io.hookwire.it.core;

import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.BlockingBodyReader;
import io.hookwire.runtime.server.BodyBuffer;
import io.hookwire.runtime.server.Reception;
import io.hookwire.runtime.server.RequestHead;
import java.io.IOException;
import java.io.InputStream;

/**
 * The steps every blocking server adapter takes for one request, as {@link Reception} prescribes,
 * without a server: so the core's answers to a request's head and streamed body can be tested on
 * their own. Reads are not bounded: these bodies come from memory and never stall.
 */
final class BlockingAdapter {
  private BlockingAdapter() {}

  /** The answer to the request {@code head} whose body is {@code body}. */
  static WebhookResponse serve(Hookwire hookwire, RequestHead head, InputStream body) {
    try (Reception reception = hookwire.receive(head)) {
      if (reception.answerWithoutBody().isPresent()) {
        return reception.answerWithoutBody().get();
      }
      BodyBuffer buffer = new BodyBuffer(reception.maxBodyBytes(), head.contentLength());
      try {
        return switch (BlockingBodyReader.read(body, buffer, reception.bodyDeadline(), millisLeft -> {})) {
          case COMPLETE -> reception.complete(buffer.toByteArray());
          case TOO_LARGE -> reception.bodyTooLarge();
          case TIMED_OUT -> reception.bodyTimedOut();
        };
      } catch (IOException e) {
        return reception.bodyUnreadable(e);
      }
    }
  }
}
