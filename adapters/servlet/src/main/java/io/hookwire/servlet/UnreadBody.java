package io.hookwire.servlet;

import io.hookwire.runtime.WebhookResponse;
import io.hookwire.runtime.server.Reception;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Gives an answer decided on the head, one that closes the connection ({@code 503} to a body too
 * many, {@code 413}), to a request whose body is still to come, without waiting for that body.
 *
 * <p>A container reads what is left of a body the servlet did not read before it ends the request.
 * Tomcat does so with a blocking read of up to its {@code maxSwallowSize} (2 MiB by default), so a
 * client that drips its body would hold a container thread for as long as it drips: the very
 * thread the {@code 503} was meant to spare. With the request asynchronous and a
 * {@link ReadListener} set, the container reads without blocking instead: it takes what has
 * arrived, and closes the connection after the answer, as its {@code Connection: close} says.
 */
final class UnreadBody {
  // The body is not wanted: the connection closes with the answer, whatever arrives meanwhile.
  private static final ReadListener IGNORED = new ReadListener() {
    @Override
    public void onDataAvailable() {}

    @Override
    public void onAllDataRead() {}

    @Override
    public void onError(Throwable failure) {}
  };

  private static final int DISCARD_CHUNK = 8 * 1024;
  // Past this, what has arrived is left to the reset: no answer given on the head reads a large body.
  private static final long MAX_DISCARDED = 64 * 1024;

  private UnreadBody() {}

  /**
   * Whether {@code answer} to {@code request} needs this: it closes the connection, and the request
   * announced a body that may still be arriving. Not for a request that expects
   * {@code 100 Continue}: its client sends no body before the 100, and setting a listener would have
   * Jetty send it, inviting the body the answer refuses.
   */
  static boolean applies(HttpServletRequest request, WebhookResponse answer) {
    boolean closes = answer.headers().entrySet().stream().anyMatch(header ->
        header.getKey().equalsIgnoreCase("Connection") && header.getValue().toLowerCase(Locale.ROOT).contains("close"));
    boolean bodyComing = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    return closes && bodyComing && request.getHeader("Expect") == null;
  }

  /**
   * Puts {@code request} in asynchronous mode, with its body left unread, and gives it
   * {@code answer}; the reception is answered and closed from then on.
   *
   * @throws IllegalStateException if the request cannot be put in asynchronous mode: the caller
   *     still owns the reception then
   */
  static void answer(
      HttpServletRequest request, HttpServletResponse response, Reception reception, WebhookResponse answer) {
    AsyncContext async = request.startAsync(request, response);
    AsyncAnswer once = new AsyncAnswer(async, response, reception);
    try {
      ServletInputStream input = request.getInputStream();
      input.setReadListener(IGNORED);
      discardArrived(input);
    } catch (IOException | RuntimeException e) {
      // The body is read blocking then, as without async support; the answer stands.
    }
    once.answer(() -> answer);
  }

  /**
   * Reads and drops what of the body has arrived already, without waiting for more. A connection
   * closed with bytes left unread is reset, and a reset can reach the client before it has read the
   * answer: a sender whose whole request came in one go, as real senders' do, must get its answer.
   */
  private static void discardArrived(ServletInputStream input) throws IOException {
    byte[] scratch = new byte[DISCARD_CHUNK];
    long discarded = 0;
    while (discarded < MAX_DISCARDED && input.isReady()) {
      int read = input.read(scratch);
      if (read < 0) {
        return;
      }
      discarded += read;
    }
  }
}
