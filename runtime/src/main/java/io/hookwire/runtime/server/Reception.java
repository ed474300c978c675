package io.hookwire.runtime.server;

import io.hookwire.runtime.WebhookResponse;
import java.util.Optional;

/**
 * One request on its way through Hookwire, from its head to its answer. A server adapter gets it
 * from {@link io.hookwire.runtime.Hookwire#receive}, then:
 *
 * <ol>
 *   <li>writes {@link #answerWithoutBody()} when there is one: the request was decided on its
 *       head alone ({@code 404}, {@code 405}, {@code 413} for a declared length over the limit,
 *       {@code 503} while stopping or while too many bodies are being read), and its body is not
 *       read;
 *   <li>otherwise reads the body, never more than {@link #maxBodyBytes()} plus one byte and never
 *       past its {@link #bodyDeadline()} for the bytes received so far, and writes the answer of
 *       {@link #complete}, {@link #bodyTooLarge}, {@link #bodyTimedOut} or {@link #bodyUnreadable};
 *   <li>calls {@link #close()} once the answer is written, or could not be: until then the
 *       request counts as under way, and a graceful stop waits for it.
 * </ol>
 *
 * <p>Each method that returns an answer also logs it. Used by one thread at a time.
 */
public interface Reception extends AutoCloseable {

  /** The answer decided on the head alone; empty when the body is to be read. */
  Optional<WebhookResponse> answerWithoutBody();

  /** The largest body the receiver accepts, in bytes. */
  long maxBodyBytes();

  /**
   * When the body's bytes must have arrived: the whole body within the timeout, and, once the grace
   * is over, enough bytes for the minimum rate; both counted from when the head arrived. Readers
   * ask it with the bytes received so far.
   */
  BodyDeadline bodyDeadline();

  /** Verifies, parses and dispatches the delivery with its whole {@code body}: its answer. */
  WebhookResponse complete(byte[] body);

  /** The answer to a body that grew past {@link #maxBodyBytes()}: {@code 413}. */
  WebhookResponse bodyTooLarge();

  /**
   * The answer to a body that did not arrive before {@link #bodyDeadline()}, in time or at the
   * minimum rate: {@code 408}.
   */
  WebhookResponse bodyTimedOut();

  /** The answer to a body the client broke off or sent malformed: {@code 400}. */
  WebhookResponse bodyUnreadable(Throwable cause);

  /**
   * Logs at {@code DEBUG} that the answer could not be written: the client went away, which anyone
   * can do at will, so it is no error of the server's.
   */
  void answerNotWritten(Throwable cause);

  /** The request is over: its answer is on the wire, or could not be written. */
  @Override
  void close();
}
