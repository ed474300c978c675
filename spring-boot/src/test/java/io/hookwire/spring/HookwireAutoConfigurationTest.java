package io.hookwire.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.hookwire.runtime.DeliveryKey;
import io.hookwire.runtime.DeliveryLog;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.InMemoryDeliveryLog;
import io.hookwire.runtime.Inbox;
import io.hookwire.runtime.MountReport;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookSetupException;
import io.hookwire.runtime.spi.StoredDelivery;
import io.hookwire.runtime.spi.StoredDeliveryHandler;
import io.hookwire.servlet.HookwireServlet;
import io.hookwire.spring.app.ChatApi;
import io.hookwire.spring.app.ChatReceiver;
import io.hookwire.spring.app.GitHubReceiver;
import io.hookwire.spring.app.Greetings;
import io.hookwire.spring.app.Holds;
import io.hookwire.spring.app.PlainReceiver;
import io.hookwire.spring.app.TestApplication;
import io.hookwire.test.Signers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/** The auto-configuration's conditions and what each property and bean of the application changes. */
class HookwireAutoConfigurationTest {
  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HookwireAutoConfiguration.class))
      .withUserConfiguration(Receivers.class)
      .withPropertyValues("app.github.secret=" + TestApplication.GITHUB_SECRET);

  /** The application's receiver beans and what they need, without component scanning. */
  @Configuration(proxyBeanMethods = false)
  @Import({GitHubReceiver.class, ChatReceiver.class, ChatApi.class, Greetings.class, Holds.class})
  static class Receivers {}

  @Test
  void servesEveryReceiverWithItsBeanOrItsConstructor() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(Hookwire.class);
      MountReport report = context.getBean(Hookwire.class).start();
      assertThat(report.mounted()).extracting(MountReport.MountedRoute::path)
          .containsExactlyInAnyOrder("/github", "/chat/{token}/updates", "/plain");
      assertThat(context.getBean(ChatApi.class)).extracting("registered").isEqualTo(true);
    });
  }

  @Test
  void mapsTheServletAtTheReceiversPathsOnly() {
    runner.run(context -> assertThat(servletMappings(context))
        .containsExactlyInAnyOrder("/github", "/chat/*", "/plain"));
  }

  @Test
  void backsOffWithoutReceiversOnTheClassPath() {
    runner.withClassLoader(new FilteredClassLoader(new ClassPathResource(
            "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry")))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(Hookwire.class);
          assertThat(context).doesNotHaveBean("hookwireServlet");
        });
  }

  @Test
  void backsOffOutsideAServletWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HookwireAutoConfiguration.class))
        .withUserConfiguration(Receivers.class)
        .withPropertyValues("app.github.secret=" + TestApplication.GITHUB_SECRET)
        .run(context -> assertThat(context).doesNotHaveBean(Hookwire.class));
  }

  @Test
  void withoutActuatorThereIsNoHealthIndicatorAndHookwireStillServes() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> {
          assertThat(context).hasSingleBean(Hookwire.class);
          assertThat(context).doesNotHaveBean("hookwireHealthIndicator");
        });
  }

  @Test
  void withActuatorTheHealthIndicatorIsThereUnlessTurnedOff() {
    runner.run(context -> assertThat(context).hasBean("hookwireHealthIndicator"));
    runner.withPropertyValues("management.health.hookwire.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("hookwireHealthIndicator"));
  }

  @Test
  void theApplicationsDeliveryLogRemembersTheDeliveries() {
    RecordingLog log = new RecordingLog();
    runner.withBean(DeliveryLog.class, () -> log).run(context -> {
      Hookwire hookwire = context.getBean(Hookwire.class);
      String body = "{\"zen\":\"logged\"}";
      var delivery = Signers.github(TestApplication.GITHUB_SECRET).request("/github", body).toBuilder()
          .header("X-GitHub-Event", "ping").header("X-GitHub-Delivery", "delivery-1").build();

      assertThat(hookwire.handle(delivery).status()).isEqualTo(200);
      assertThat(log.handled).extracting(DeliveryKey::deliveryId).contains("delivery-1");
    });
  }

  @Test
  void theApplicationsInboxStoresTheDeliveriesOfVoidHandlers() {
    RecordingInbox inbox = new RecordingInbox();
    runner.withBean(Inbox.class, () -> inbox).run(context -> {
      Hookwire hookwire = context.getBean(Hookwire.class);
      var star = Signers.github(TestApplication.GITHUB_SECRET).request("/github", "{\"action\":\"created\"}")
          .toBuilder().header("X-GitHub-Event", "star").header("X-GitHub-Delivery", "delivery-2").build();

      assertThat(hookwire.handle(star).status()).isEqualTo(200);
      assertThat(inbox.stored).extracting(StoredDelivery::receiver, StoredDelivery::deliveryId)
          .containsExactly(tuple("github", "delivery-2"));
    });
  }

  @Test
  void theApplicationsJackson2ObjectMapperWritesTheAnswers() {
    runner.withBean(ObjectMapper.class,
            () -> new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
        .run(context -> assertThat(status(context.getBean(Hookwire.class)))
            .isEqualTo("{\"current_state\":\"all green\"}"));
  }

  @Test
  void withoutAJackson2ObjectMapperHookwiresOwnWritesTheAnswers() {
    runner.run(context -> assertThat(status(context.getBean(Hookwire.class)))
        .isEqualTo("{\"currentState\":\"all green\"}"));
  }

  @Test
  void theApplicationsMeterRegistryGetsTheMetrics() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    runner.withBean(MeterRegistry.class, () -> registry).run(context -> {
      context.getBean(Hookwire.class).start();
      assertThat(registry.find("hookwire.receivers").tag("state", "mounted").gauges()).hasSize(3);
    });
  }

  @Test
  void withoutMicrometerHookwireServesWithoutMetrics() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(context -> {
          assertThat(context).hasSingleBean(Hookwire.class);
          assertThat(context).doesNotHaveBean("hookwireMeterRegistry");
        });
  }

  @Test
  void thePropertiesConfigureHookwire() {
    runner.withPropertyValues("hookwire.base-path=/hooks", "hookwire.max-body-bytes=10B",
            "hookwire.connect.attempts=1", "hookwire.body-timeout=5s", "hookwire.stop-timeout=1s")
        .run(context -> {
          Hookwire hookwire = context.getBean(Hookwire.class);
          assertThat(hookwire.routes()).extracting(MountReport.MountedRoute::path)
              .containsExactlyInAnyOrder("/hooks/github", "/hooks/chat/{token}/updates", "/hooks/plain");
          assertThat(servletMappings(context)).containsExactly("/hooks/*");
          var tooLarge = WebhookRequest.builder().path("/hooks/plain").body("12345678901").build();
          assertThat(hookwire.handle(tooLarge).status()).isEqualTo(413);
          HookwireProperties properties = context.getBean(HookwireProperties.class);
          assertThat(properties.getBodyTimeout()).hasSeconds(5);
          assertThat(properties.getStopTimeout()).hasSeconds(1);
        });
  }

  @Test
  void failFastStopsTheApplicationsStartWhenAReceiverCannotConnect() {
    runner.withPropertyValues("hookwire.fail-fast=true", "hookwire.connect.attempts=1", "app.chat.available=false")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().isInstanceOf(WebhookSetupException.class));
  }

  @Test
  void theApplicationsOwnHookwireIsServedInstead() {
    Hookwire own = Hookwire.builder().only(PlainReceiver.class).basePath("/own").build();
    runner.withBean(Hookwire.class, () -> own).run(context -> {
      assertThat(context.getBean(Hookwire.class)).isSameAs(own);
      assertThat(servletMappings(context)).containsExactly("/own/*");
    });
  }

  private static String status(Hookwire hookwire) {
    WebhookRequest status = Signers.github(TestApplication.GITHUB_SECRET).request("/github", "{}").toBuilder()
        .header("X-GitHub-Event", "status").build();
    return hookwire.handle(status).body();
  }

  @SuppressWarnings("unchecked")
  private static List<String> servletMappings(ApplicationContext context) {
    ServletRegistrationBean<HookwireServlet> registration =
        (ServletRegistrationBean<HookwireServlet>) context.getBean("hookwireServlet");
    return List.copyOf(registration.getUrlMappings());
  }

  /** The application's own inbox, keeping what it was given to store. */
  private static final class RecordingInbox implements Inbox {
    final List<StoredDelivery> stored = new CopyOnWriteArrayList<>();

    @Override
    public void store(StoredDelivery delivery) {
      stored.add(delivery);
    }

    @Override
    public void start(StoredDeliveryHandler handler) {}

    @Override
    public boolean stop(Duration timeout) {
      return true;
    }
  }

  /** The application's own delivery log, recording what it was told. */
  private static final class RecordingLog implements DeliveryLog {
    private final DeliveryLog memory = new InMemoryDeliveryLog();
    final List<DeliveryKey> handled = new CopyOnWriteArrayList<>();

    @Override
    public Claim claim(DeliveryKey key) {
      return memory.claim(key);
    }

    @Override
    public void handled(DeliveryKey key) {
      handled.add(key);
      memory.handled(key);
    }

    @Override
    public void failed(DeliveryKey key) {
      memory.failed(key);
    }
  }
}
