package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter of a {@link Verify} or {@link OnEvent} method to a query parameter of the delivery.
 *
 * <p>The parameter is a {@code String}, which makes the value required, or an
 * {@code Optional<String>}, which is empty when the value is absent. A missing required value
 * rejects the delivery: {@code 403} in {@code @Verify}, {@code 400} in {@code @OnEvent}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface QueryParam {

  /** The first value of the query parameter with this name. */
  String value();
}
