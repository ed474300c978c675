package io.hookwire.spring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.runtime.DeliveryLog;
import io.hookwire.runtime.Inbox;
import io.hookwire.runtime.Hookwire;
import io.hookwire.servlet.HookwireServlet;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the application's Hookwire receivers from Spring Boot's servlet web server: builds the
 * {@link Hookwire} from the {@code hookwire.*} properties ({@link HookwireProperties}) with the
 * receiver beans, registers {@link HookwireServlet} at the receivers' paths only, starts Hookwire
 * with the application and drains it before the web server stops ({@link HookwireLifecycle}).
 *
 * <p>Each receiver class that is a bean (annotated {@code @Component}, or returned by a
 * {@code @Bean} method) is served with that bean, its dependencies injected; the others are made
 * with their constructor without parameters. The application's beans are used when it has them:
 * a Jackson 2 {@link ObjectMapper} (Spring Boot 4's own mapper is Jackson 3's, which Hookwire does
 * not use: without a Jackson 2 bean, Hookwire's default mapper reads the bodies), a
 * {@link DeliveryLog}, an {@link Inbox}, a Micrometer {@link MeterRegistry} for the metrics, and every
 * {@link HookwireBuilderCustomizer}. With Actuator, {@code hookwire} appears in the health endpoint
 * ({@link HookwireHealthIndicator}).
 *
 * <p>Backs off without receivers on the class path (no registry written by hookwire-processor),
 * outside a servlet web application, and for a {@code Hookwire} bean the application declares
 * itself.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Hookwire.class, HookwireServlet.class, ServletRegistrationBean.class})
@ConditionalOnResource(resources = HookwireAutoConfiguration.REGISTRIES)
@EnableConfigurationProperties(HookwireProperties.class)
public class HookwireAutoConfiguration {
  /** Where hookwire-processor lists the registries it writes: without one, there is nothing to serve. */
  static final String REGISTRIES = "classpath:META-INF/services/io.hookwire.runtime.spi.WebhookRegistry";

  /** Made by Spring Boot. */
  public HookwireAutoConfiguration() {}

  /** The receivers, configured from the properties and the application's beans. */
  @Bean
  @ConditionalOnMissingBean
  public Hookwire hookwire(HookwireProperties properties, ConfigurableListableBeanFactory beans,
      ObjectProvider<ObjectMapper> objectMappers, ObjectProvider<DeliveryLog> deliveryLogs,
      ObjectProvider<Inbox> inboxes, ObjectProvider<HookwireBuilderCustomizer> customizers) {
    ClassLoader classLoader = beans.getBeanClassLoader();
    Hookwire.Builder builder = Hookwire.builder()
        .classLoader(classLoader)
        .basePath(properties.getBasePath())
        .maxBodyBytes(properties.getMaxBodyBytes().toBytes())
        .failFast(properties.isFailFast())
        .connectAttempts(properties.getConnect().getAttempts())
        .connectBackoff(properties.getConnect().getBackoff())
        .bodyTimeout(properties.getBodyTimeout());
    objectMappers.ifUnique(builder::objectMapper);
    deliveryLogs.ifUnique(builder::deliveryLog);
    inboxes.ifUnique(builder::inbox);
    ReceiverBeans.find(classLoader).addTo(builder, beans);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** The servlet, at the receivers' paths only: see {@link ServletMappings}. */
  @Bean
  @ConditionalOnMissingBean(name = "hookwireServlet")
  public ServletRegistrationBean<HookwireServlet> hookwireServlet(Hookwire hookwire,
      ConfigurableListableBeanFactory beans) {
    ServletRegistrationBean<HookwireServlet> registration = new ServletRegistrationBean<>(
        HookwireServlet.mappedAtReceiverPaths(hookwire),
        ServletMappings.of(hookwire.basePath(), ReceiverBeans.find(beans.getBeanClassLoader()).paths())
            .toArray(String[]::new));
    registration.setName("hookwire");
    // Bodies are then read without holding a thread of the server.
    registration.setAsyncSupported(true);
    return registration;
  }

  /** Starts Hookwire with the application, and drains it before the web server stops. */
  @Bean
  HookwireLifecycle hookwireLifecycle(Hookwire hookwire, HookwireProperties properties) {
    return new HookwireLifecycle(hookwire, properties.getStopTimeout());
  }

  /** Hookwire's metrics in the application's meter registry, when it has Micrometer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {
    @Bean
    HookwireBuilderCustomizer hookwireMeterRegistry(ObjectProvider<MeterRegistry> registries) {
      return builder -> registries.ifUnique(builder::meterRegistry);
    }
  }

  /** {@code hookwire} in the health endpoint, when the application has Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
  @ConditionalOnEnabledHealthIndicator("hookwire")
  static class HealthContribution {
    @Bean
    @ConditionalOnMissingBean(name = "hookwireHealthIndicator")
    HealthIndicator hookwireHealthIndicator(Hookwire hookwire) {
      return new HookwireHealthIndicator(hookwire);
    }
  }
}
