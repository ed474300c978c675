package io.hookwire.runtime;

import io.hookwire.runtime.internal.JsonMappers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import spark.Service;

/**
 * Reaches the package-private body read timeout of {@link SparkMount} from the hardening tests,
 * so that they can give a client a fraction of a second instead of
 * {@link SparkMount#BODY_READ_TIMEOUT}. Mounts the registry's receivers as {@link Hookwire#mount}
 * does, minus the start-up, which these receivers do not need.
 */
public final class SlowBodyMount {
  private SlowBodyMount() {}

  /**
   * Mounts every receiver of {@code registry} on {@code http}, each with its instance from
   * {@code instances}, giving clients {@code bodyReadTimeout} to send a body.
   */
  public static void mount(Service http, WebhookRegistry registry, Map<Class<?>, Object> instances,
      long maxBodyBytes, Duration bodyReadTimeout) {
    List<ReceiverRoute> routes = registry.receivers().stream()
        .map(definition -> new ReceiverRoute(definition.name(), definition.type(),
            PathTemplate.compile(definition.path()),
            definition.wrap(instances.get(definition.type()), JsonMappers.DEFAULT)))
        .toList();
    new SparkMount(new Pipeline(JsonMappers.DEFAULT, maxBodyBytes), bodyReadTimeout).addRoutes(http, routes);
  }
}
