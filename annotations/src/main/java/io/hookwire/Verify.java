package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that decides whether a delivery is genuine. Every {@link Webhook} class has
 * exactly one.
 *
 * <p>It runs before the body is parsed, so it may take the raw body (an unannotated
 * {@code String} or {@code byte[]}), the whole {@code WebhookRequest}, and {@link Header},
 * {@link PathParam} or {@link QueryParam} values, but never a typed event. It either returns
 * {@code void} and throws {@code RequestVerificationException} to reject the delivery, or returns
 * {@code boolean}, where {@code false} rejects it. A rejected delivery, or one missing a required
 * parameter, is answered {@code 403 Request verification failed.} ({@code 401} with
 * {@link Webhook#rejectStatus()} {@code = 401}) and reaches no handler.
 *
 * <pre>{@code
 * @Verify
 * void verify(WebhookRequest request) throws RequestVerificationException {
 *   slackSignature.verify(request);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Verify {}
