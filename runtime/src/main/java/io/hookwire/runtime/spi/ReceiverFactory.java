package io.hookwire.runtime.spi;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Makes one generated receiver, and the instance of its {@code @Webhook} class when that class
 * has a constructor without parameters. Generated registries implement it with one class that
 * serves all of their receivers, chosen by index: a method reference per receiver would instead
 * make the JVM define two classes per receiver at start-up, which dominates the start-up of
 * applications with many receivers.
 *
 * <p>Hand-written registries can pass method references to
 * {@link ReceiverDefinition#of(Class, String, String, java.util.function.BiFunction)} instead.
 */
public interface ReceiverFactory {
  /**
   * The generated receiver around {@code instance}, reading JSON with {@code mapper}.
   *
   * @throws ClassCastException if {@code instance} is not an instance of the receiver's class
   */
  WebhookReceiver wrap(Object instance, ObjectMapper mapper);

  /**
   * A new instance of the receiver's class, made with its constructor without parameters.
   *
   * @throws UnsupportedOperationException if the class has no such constructor that generated
   *     code can call; the definition then does not offer one
   */
  Object newInstance();
}
