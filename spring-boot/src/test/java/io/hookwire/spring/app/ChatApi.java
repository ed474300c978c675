package io.hookwire.spring.app;

import io.hookwire.runtime.WebhookSetupException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stands for a messaging app's API, where the chat receiver registers its webhook at start-up. With
 * {@code app.chat.available=false} it refuses, as an API does when the token is revoked.
 */
@Component
public class ChatApi {
  /** Text a refusal carries, which must never reach the health endpoint. */
  public static final String REFUSAL = "setWebhook refused the token 1234:chat-token";

  private final boolean available;
  private volatile boolean registered;

  public ChatApi(@Value("${app.chat.available:true}") boolean available) {
    this.available = available;
  }

  boolean registered() {
    return registered;
  }

  void register() throws WebhookSetupException {
    if (!available) {
      throw new WebhookSetupException(REFUSAL);
    }
    registered = true;
  }
}
