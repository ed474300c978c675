package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that tells, at start-up, whether the receiver's webhook is already registered
 * with its messaging app. It takes no parameters and returns {@code boolean}; at most one per
 * receiver.
 *
 * <p>When it returns {@code true} the receiver is mounted as it is. When it returns {@code false},
 * the {@link Connect} method is called first; a receiver that is not connected and has no
 * {@code @Connect} method is not mounted.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IsConnected {}
