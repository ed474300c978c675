package io.hookwire.runtime.spi;

import java.util.List;

/**
 * The receivers of one compilation. The Hookwire processor writes one implementation per
 * compilation and lists it in {@code META-INF/services/io.hookwire.runtime.spi.WebhookRegistry}; the
 * runtime finds every registry on the class path with {@link java.util.ServiceLoader} and mounts
 * their receivers together.
 */
public interface WebhookRegistry {

  /** The receivers of this compilation, in source order. */
  List<ReceiverDefinition<?>> receivers();
}
