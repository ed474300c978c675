package io.hookwire.spring.app;

import io.hookwire.Connect;
import io.hookwire.IsConnected;
import io.hookwire.OnEvent;
import io.hookwire.PathParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.WebhookSetupException;
import org.springframework.stereotype.Component;

/** A receiver bean with a path parameter, registered with its messaging app at start-up. */
@Component
@Webhook(path = "/chat/{token}/updates", name = "chat")
public class ChatReceiver {
  private final ChatApi api;

  public ChatReceiver(ChatApi api) {
    this.api = api;
  }

  @Verify
  boolean verify(@PathParam("token") String token) {
    return TestApplication.CHAT_TOKEN.equals(token);
  }

  @OnEvent
  String update(String body) {
    return "chat update";
  }

  @IsConnected
  boolean isConnected() {
    return api.registered();
  }

  @Connect
  void connect() throws WebhookSetupException {
    api.register();
  }
}
