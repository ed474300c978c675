package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that handles verified deliveries.
 *
 * <p>With values, it handles deliveries of those event types, as read from the receiver's
 * {@link Webhook#typeHeader()} or {@link Webhook#typePointer()}. Without values it is the
 * catch-all, called for every event type no other handler names. A delivery that no handler
 * takes is acknowledged with {@code 200 OK} and otherwise ignored.
 *
 * <p>When the receiver's event type has several parts (see {@link Webhook#typePointer()}), a
 * handler names its first parts, separated by {@code .}, and the most specific handler takes the
 * delivery: {@code @OnEvent("issues.opened")} handles only {@code issues.opened},
 * {@code @OnEvent("issues")} every other {@code issues} type ({@code issues.closed},
 * {@code issues} alone), and the catch-all the rest. A type of one part is matched whole, dots
 * included, as Stripe's {@code payment_intent.succeeded} is.
 *
 * <p>The method's one unannotated parameter, if any, is the event, bound from the body:
 * {@code String} or {@code byte[]} receive it raw, {@code JsonNode} as a tree, and any other type
 * (a record, a POJO, {@code List<Item>}, {@code Map<String, Object>}) is read with Jackson. Other
 * parameters are {@link Header}, {@link PathParam}, {@link QueryParam} values or the whole
 * {@code WebhookRequest}.
 *
 * <p>A form body ({@code application/x-www-form-urlencoded}, as Slack, Twilio and GitHub's form
 * mode send) is bound as JSON too: as the JSON in its {@code payload} field when that is its only
 * field, otherwise as the JSON object of its fields, the first value of each.
 *
 * <p>The return value is the answer: {@code void} sends {@code 200 OK}; a {@code String} is sent
 * as {@code text/plain}; a {@code WebhookResponse} is sent as given; any other object is sent as
 * JSON. A handler that throws is answered {@code 500}, so the sender retries the delivery.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnEvent {

  /** The event types this method handles; empty for the catch-all. */
  String[] value() default {};
}
