package io.hookwire.runtime;

/**
 * Which request methods a receiver allows: {@code POST} for deliveries, and {@code GET} too when it
 * has a {@code @Handshake} method. Methods are case-sensitive, so {@code post} is not allowed.
 */
final class Methods {
  static final String POST = "POST";
  static final String GET = "GET";

  private static final WebhookResponse POST_ONLY =
      WebhookResponse.text(405, "Method not allowed.").withHeader(Answers.ALLOW, "POST");
  private static final WebhookResponse GET_AND_POST =
      WebhookResponse.text(405, "Method not allowed.").withHeader(Answers.ALLOW, "GET, POST");

  private Methods() {}

  /** Whether {@code route} answers {@code method}. */
  static boolean allowed(ReceiverRoute route, String method) {
    return POST.equals(method) || isHandshake(route, method);
  }

  /** Whether a request with {@code method} to {@code route} runs its {@code @Handshake}. */
  static boolean isHandshake(ReceiverRoute route, String method) {
    return GET.equals(method) && route.receiver().hasHandshake();
  }

  /** The {@code 405} answer of {@code route}, whose {@code Allow} lists what it allows. */
  static WebhookResponse notAllowed(ReceiverRoute route) {
    return route.receiver().hasHandshake() ? GET_AND_POST : POST_ONLY;
  }
}
