package io.hookwire.spring.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.GitHubSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A receiver that is a bean: its constructor gets a service and a property injected. */
@Component
@Webhook(path = "/github", name = "github", typeHeader = "X-GitHub-Event", deliveryIdHeader = "X-GitHub-Delivery")
public class GitHubReceiver {
  private final Greetings greetings;
  private final Holds holds;
  private final GitHubSignature signature;

  public GitHubReceiver(Greetings greetings, Holds holds, @Value("${app.github.secret}") String secret) {
    this.greetings = greetings;
    this.holds = holds;
    this.signature = new GitHubSignature(secret);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent("ping")
  String ping(JsonNode ping) {
    return greetings.greet(ping.path("zen").asText());
  }

  /** Answered as JSON, written with the application's Jackson 2 mapper when it has one. */
  @OnEvent("status")
  Status status(JsonNode event) {
    return new Status("all green");
  }

  /** A JSON answer. */
  public record Status(String currentState) {}

  /** Returns nothing: with an inbox, its deliveries are stored and handled later. */
  @OnEvent("star")
  void star(JsonNode event) {}

  @OnEvent("hold")
  String hold(JsonNode event) throws InterruptedException {
    holds.hold();
    return "held";
  }
}
