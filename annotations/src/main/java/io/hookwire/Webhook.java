package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a webhook receiver: one HTTP endpoint that accepts deliveries from one
 * messaging app or service.
 *
 * <p>The Hookwire annotation processor reads the class at compile time and generates a receiver
 * for it ({@code <ClassName>_WebhookReceiver}, in the same package) plus a route registry that the
 * runtime discovers at start-up. The class must be a concrete top-level or static nested class
 * with exactly one {@link Verify} method and at least one {@link OnEvent} method:
 *
 * <pre>{@code
 * @Webhook(path = "/github/events", name = "github", typeHeader = "X-GitHub-Event")
 * public class GitHubReceiver {
 *   @Verify
 *   void verify(WebhookRequest request) throws RequestVerificationException {
 *     signature.verify(request);
 *   }
 *
 *   @OnEvent("push")
 *   void push(PushEvent event) { ... }
 * }
 * }</pre>
 *
 * <p>Every request to {@link #path()} is verified, then parsed and dispatched to the handler for
 * its event type, then acknowledged. Misuse is reported as a compile error on the element at
 * fault.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Webhook {

  /**
   * The URL path the receiver listens on, starting with {@code /}, for example
   * {@code "/slack/events"}. A segment in braces is a path parameter, bound with {@link PathParam}:
   * {@code "/telegram/events/{token}"}.
   */
  String path();

  /**
   * The receiver's name, unique across the application, used in logs and in the mount report:
   * letters, digits, {@code _}, {@code -} and {@code .}, for example {@code "slack_events_handler"}.
   */
  String name();

  /**
   * The header whose value is the delivery's event type, for example {@code "X-GitHub-Event"}.
   * With {@link #typePointer()} as well, the header is the type's first part. One of the two is
   * needed as soon as an {@link OnEvent} method names event types.
   */
  String typeHeader() default "";

  /**
   * JSON Pointers (RFC 6901) to the delivery's event type inside the JSON body, for example
   * {@code "/type"} for Slack's outer type or {@code "/event/type"} for a nested field. The body
   * is read only after it has been verified.
   *
   * <p>An event type may have several parts, read in order, {@link #typeHeader()} first, and
   * joined with {@code .}; the first part that is absent ends it. GitHub names its events
   * {@code issues.opened} from a header and a field of the body:
   *
   * <pre>{@code
   * @Webhook(path = "/github/events", name = "github",
   *     typeHeader = "X-GitHub-Event", typePointer = "/action")
   * }</pre>
   *
   * <p>and Slack's {@code event_callback.message} is {@code typePointer = {"/type", "/event/type"}},
   * while its {@code url_verification}, which has no {@code /event/type}, stays
   * {@code url_verification}. A part is the text of a scalar value; an object, an array or
   * {@code null} there ends the type just as an absent one does. {@link OnEvent} explains how a
   * handler names the parts it handles.
   */
  String[] typePointer() default {};

  /**
   * The header that carries each delivery's unique id, for example {@code "X-GitHub-Delivery"} or
   * Standard Webhooks' {@code "webhook-id"}. With an id, a delivery that was already handled
   * successfully is acknowledged again without calling the handler, so a sender's retry never
   * does the work twice. At most one of {@code deliveryIdHeader} and {@link #deliveryIdPointer()}.
   */
  String deliveryIdHeader() default "";

  /**
   * A JSON Pointer (RFC 6901) to each delivery's unique id inside the body, for example
   * {@code "/event_id"} for Slack or {@code "/update_id"} for Telegram. See
   * {@link #deliveryIdHeader()}.
   */
  String deliveryIdPointer() default "";

  /**
   * Whether the signature {@link Verify} checks covers the {@link #deliveryIdHeader()}, as Standard
   * Webhooks' {@code webhook-id} is covered. GitHub's {@code X-GitHub-Delivery} is not: whoever
   * captured one delivery could resend its body under any id. So while this is {@code false}, the
   * default, a delivery whose body was handled already under another id is taken for a replay and
   * acknowledged without calling the handler. Set it only when the signature covers the id; an
   * id read with {@link #deliveryIdPointer()} is inside the signed body, so always covered.
   */
  boolean deliveryIdSigned() default false;

  /**
   * The largest body this receiver accepts, in bytes, overriding the application's default
   * (1 MiB unless configured): GitHub, for example, sends up to 25 MB. A negative value, the
   * default, means the application's default.
   */
  long maxBodyBytes() default -1;

  /**
   * The status of the answer to a request that fails verification: {@code 403}, the default, or
   * {@code 401}. Most senders only tell success from failure, but Discord's interactions endpoint
   * expects {@code 401} for a bad signature, and it checks that an endpoint answers so before it
   * accepts its URL. The body is {@code Request verification failed.} either way. Any other value
   * is a compile error.
   */
  int rejectStatus() default 403;
}
