package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that registers the receiver's webhook with its messaging app (Telegram's
 * {@code setWebhook}, for example). It takes no parameters, returns {@code void} and may throw
 * {@code WebhookSetupException}; at most one per receiver.
 *
 * <p>It is called at start-up, before the receiver is mounted, when the {@link IsConnected} method
 * returns {@code false} or when the receiver has no such method. A receiver whose
 * {@code @Connect} method throws is not mounted; the failure is logged and reported in the mount
 * report.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Connect {}
