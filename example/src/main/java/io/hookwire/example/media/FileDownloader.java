package io.hookwire.example.media;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads a provider's file (a Telegram photo, a Slack image) within bounds: the whole
 * download, body included, takes at most {@code timeout}, and a file larger than
 * {@code maxBytes} is abandoned as soon as it is seen to be, whether its {@code Content-Length}
 * says so or its bytes show it. A slow or endless answer therefore cannot hold the delivery that
 * asked for it.
 *
 * <p>Failures are {@link IOException}s whose messages never hold the URL: Telegram's file URLs
 * carry the bot token.
 */
public final class FileDownloader {
  private final HttpClient client;
  private final Duration timeout;
  private final int maxBytes;

  /** A downloader of files up to {@code maxBytes}, each within {@code timeout}. */
  public FileDownloader(Duration timeout, int maxBytes) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * The bytes at {@code url}, fetched with {@code headers} (such as {@code Authorization}).
   *
   * @throws IOException if the server cannot be reached, answers other than {@code 200}, sends
   *     more than the limit, or takes longer than the timeout
   */
  public byte[] download(URI url, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
    headers.forEach(request::header);
    CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), this::bounded);
    try {
      HttpResponse<byte[]> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.statusCode() != 200) {
        throw new IOException("answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new IOException("took longer than " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      throw new IOException(describe(e.getCause()));
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    }
  }

  /** Reads the body only for a {@code 200} within the size limit; otherwise discards it. */
  private HttpResponse.BodySubscriber<byte[]> bounded(HttpResponse.ResponseInfo info) {
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    // When Content-Length already says too much, nothing is read at all.
    return new TooLarge<>(HttpResponse.BodySubscribers.ofByteArray(), maxBytes, declared > maxBytes ? 0 : maxBytes);
  }

  /** The cause's own message only for our limits; for anything else its kind, which holds no URL. */
  private static String describe(Throwable cause) {
    return cause instanceof FileTooLargeException ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  /** The limit was passed. */
  private static final class FileTooLargeException extends IOException {
    FileTooLargeException(int maxBytes) {
      super("is larger than " + maxBytes + " bytes");
    }
  }

  /** Passes the body on until more than {@code allowed} bytes came; then cancels and fails. */
  private static final class TooLarge<T> implements HttpResponse.BodySubscriber<T> {
    private final HttpResponse.BodySubscriber<T> downstream;
    private final int maxBytes;
    private final long allowed;
    private Flow.Subscription subscription;
    private long received;
    private boolean failed;

    TooLarge(HttpResponse.BodySubscriber<T> downstream, int maxBytes, long allowed) {
      this.downstream = downstream;
      this.maxBytes = maxBytes;
      this.allowed = allowed;
    }

    @Override
    public CompletionStage<T> getBody() {
      return downstream.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      if (allowed == 0) {
        fail();
        return;
      }
      downstream.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (failed) {
        return;
      }
      received += buffers.stream().mapToLong(ByteBuffer::remaining).sum();
      if (received > allowed) {
        fail();
        return;
      }
      downstream.onNext(buffers);
    }

    @Override
    public void onError(Throwable error) {
      if (!failed) {
        downstream.onError(error);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        downstream.onComplete();
      }
    }

    private void fail() {
      failed = true;
      subscription.cancel();
      if (allowed == 0) {
        downstream.onSubscribe(new NoSubscription());
      }
      downstream.onError(new FileTooLargeException(maxBytes));
    }
  }

  /** A subscription that asks for nothing, for a body never read. */
  private static final class NoSubscription implements Flow.Subscription {
    @Override
    public void request(long n) {}

    @Override
    public void cancel() {}
  }
}
