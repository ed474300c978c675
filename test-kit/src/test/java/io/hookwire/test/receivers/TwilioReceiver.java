package io.hookwire.test.receivers;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.OnEvent;
import io.hookwire.QueryParam;
import io.hookwire.Verify;
import io.hookwire.Webhook;
import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.verify.TwilioSignature;

/** A receiver verifying Twilio's signature of the public URL, which proxies make differ from the local one. */
@Webhook(path = "/twilio", name = "twilio")
public class TwilioReceiver {
  private final TwilioSignature signature;

  public TwilioReceiver(String publicBaseUrl, String authToken) {
    this.signature = new TwilioSignature(publicBaseUrl, authToken);
  }

  @Verify
  void verify(WebhookRequest request) throws RequestVerificationException {
    signature.verify(request);
  }

  @OnEvent
  String handle(JsonNode event, @QueryParam("tenant") String tenant) {
    return tenant + " " + event.path("CallStatus").asText();
  }
}
