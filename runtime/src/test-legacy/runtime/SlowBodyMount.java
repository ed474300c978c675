package io.hookwire.runtime;

import io.hookwire.runtime.spi.JsonMappers;
import java.time.Duration;
import java.util.List;
import spark.Service;

/**
 * Reaches the package-private body read timeout of {@link SparkMount} from the hardening tests,
 * so that they can give a client a fraction of a second instead of
 * {@link SparkMount#BODY_READ_TIMEOUT}. Assembles and mounts the receivers as {@link Hookwire}
 * does, minus the start-up, which the probes do not need.
 */
public final class SlowBodyMount {
  private SlowBodyMount() {}

  /**
   * Mounts every receiver of {@code registry} on {@code http}, served by {@code instances}, giving
   * clients {@code bodyReadTimeout} to send a body.
   */
  public static void mount(Service http, WebhookRegistry registry, List<Object> instances, long maxBodyBytes,
      Duration bodyReadTimeout) {
    ReceiverSources sources = new ReceiverSources();
    instances.forEach(sources::instance);
    List<ReceiverRoute> routes =
        new ReceiverAssembler("", JsonMappers.DEFAULT, sources, maxBodyBytes).assemble(registry.receivers());
    Pipeline pipeline = new Pipeline(JsonMappers.DEFAULT, new InMemoryDeliveryLog());
    new SparkMount(pipeline, bodyReadTimeout).addRoutes(http, routes);
  }
}
