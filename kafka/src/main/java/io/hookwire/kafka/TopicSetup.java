package io.hookwire.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the inbox's topic and its dead-letter topic when they do not exist. A failure is logged,
 * not thrown: where the application may not create topics (no {@code CREATE} ACL), an operator
 * creates them, and the consumers wait for them.
 */
final class TopicSetup {
  private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

  private final Map<String, Object> adminConfig;
  private final Optional<Integer> partitions;
  private final Optional<Short> replicationFactor;
  private final Duration timeout;

  TopicSetup(Properties clientConfig, Optional<Integer> partitions, Optional<Short> replicationFactor,
      Duration timeout) {
    this.adminConfig = Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, clientConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG),
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    this.partitions = partitions;
    this.replicationFactor = replicationFactor;
    this.timeout = timeout;
  }

  /** Creates each topic absent, waiting up to the timeout. */
  void createIfAbsent(List<String> topics) {
    try (Admin admin = Admin.create(adminConfig)) {
      for (String topic : topics) {
        create(admin, topic);
      }
    } catch (RuntimeException e) {
      LOG.warn("The inbox's topics {} could not be checked: {}", topics, e.toString());
    }
  }

  private void create(Admin admin, String topic) {
    try {
      admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor)))
          .all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      LOG.info("Created the topic {}", topic);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) {
        LOG.debug("The topic {} exists", topic);
      } else {
        LOG.warn("The topic {} could not be created; create it, or grant CREATE: {}", topic, e.getCause().toString());
      }
    } catch (TimeoutException e) {
      LOG.warn("The topic {} could not be created within {} ms; is the broker up?", topic, timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
