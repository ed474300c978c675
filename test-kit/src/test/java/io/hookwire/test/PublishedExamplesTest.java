package io.hookwire.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hookwire.runtime.WebhookRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The signers against the providers' own worked examples, the same values the runtime's verifier
 * tests hold. Where a provider publishes none (Stripe), the expected value is computed here with
 * plain {@code javax.crypto} from the provider's description, apart from the kit's code.
 */
class PublishedExamplesTest {
  @Test
  void slackSignsTheExampleOfItsVerifyingRequestsGuide() {
    // https://api.slack.com/authentication/verifying-requests-from-slack
    String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
        + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
        + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
        + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    Map<String, String> headers = Signers.slack("8f742231b10e8888abcd99yyyzzz85a5")
        .at(Instant.ofEpochSecond(1531420618L)).headers(body);
    assertEquals(Map.of("X-Slack-Request-Timestamp", "1531420618",
        "X-Slack-Signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"), headers);
  }

  @Test
  void githubSignsTheExampleOfItsValidatingDeliveriesGuide() {
    // https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
    Map<String, String> headers = Signers.github("It's a Secret to Everybody").headers("Hello, World!");
    assertEquals(Map.of("X-Hub-Signature-256",
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"), headers);
  }

  @Test
  void standardWebhooksSignsTheReferenceLibrariesVector() {
    // standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts, "sign
    // function works"; the other languages' reference libraries test the same vector.
    Map<String, String> headers = Signers.standardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        .withId("msg_p5jXN8AQM9LWM0D4loKWxJek").at(Instant.ofEpochSecond(1614265330L))
        .headers("{\"test\": 2432232314}");
    assertEquals(Map.of("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp", "1614265330",
        "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), headers);
  }

  @Test
  void stripeSignsTimestampDotBodyUnderTheSecretsText() {
    // https://docs.stripe.com/webhooks#verify-manually describes the scheme without a worked example.
    String secret = "whsec_hookwire_test_only_0000000000";
    String body = "{\"id\": \"evt_test_webhook\", \"object\": \"event\"}";
    String expected = HexFormat.of().formatHex(hmacSha256(secret, "1492774577." + body));
    Map<String, String> headers = Signers.stripe(secret).at(Instant.ofEpochSecond(1492774577L)).headers(body);
    assertEquals(Map.of("Stripe-Signature", "t=1492774577,v1=" + expected), headers);
  }

  @Test
  void telegramSendsTheSecretTokenAsItIs() {
    // https://core.telegram.org/bots/api#setwebhook: the secret_token, in this header of every update.
    assertEquals(Map.of("X-Telegram-Bot-Api-Secret-Token", "my-bot_token-1"),
        Signers.telegram("my-bot_token-1").headers("{\"update_id\":1}"));
  }

  @Test
  void twilioSignsTheVectorsOfItsOwnLibraries() {
    // twilio/twilio-java, src/test/java/com/twilio/security/RequestValidatorTest.java: auth token
    // 12345, https://mycompany.com/myapp.php?foo=1&bar=2 and these fields sign to RSOYDt4T1…; the
    // same URL with only bodySHA256 of this JSON body signs to y77kIzt2….
    TwilioSigner twilio = Signers.twilio("https://mycompany.com", "12345");
    WebhookRequest form = twilio.formRequest("/myapp.php?foo=1&bar=2", Map.of("Digits", "1234",
        "CallSid", "CA1234567890ABCDE", "To", "+18005551212", "Caller", "+14158675309", "From", "+14158675309"));
    assertEquals(List.of("RSOYDt4T1cUTdK1PDd93/VVr8B8="), form.headers("X-Twilio-Signature"));
    WebhookRequest json = twilio.request("/myapp.php", "{\"property\": \"value\", \"boolean\": true}");
    assertEquals("bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620", json.query());
    assertEquals(List.of("y77kIzt2vzLz71DgmJGsen2scGs="), json.headers("X-Twilio-Signature"));
  }

  @Test
  void squareSignsTheVectorOfItsSdks() {
    // square/square-java-sdk WebhooksTest, shared by Square's other SDKs.
    String body = "{\"merchant_id\":\"MLEFBHHSJGVHD\",\"type\":\"webhooks.test_notification\","
        + "\"event_id\":\"ac3ac95b-f97d-458c-a6e6-18981597e05f\",\"created_at\":\"2022-07-13T20:30:59.037339943Z\","
        + "\"data\":{\"type\":\"webhooks\",\"id\":\"bc368e64-01aa-407e-b46e-3231809b1129\"}}";
    Map<String, String> headers = Signers.square("https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9",
        "Ibxx_5AKakO-3qeNVR61Dw").headers(body);
    assertEquals(Map.of("x-square-hmacsha256-signature", "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4="), headers);
  }

  @Test
  void gitlabSendsTheSecretTokenAsItIs() {
    // https://docs.gitlab.com/user/project/integrations/webhooks/: the secret token in X-Gitlab-Token.
    assertEquals(Map.of("X-Gitlab-Token", "gl-token"), Signers.gitlab("gl-token").headers("{}"));
  }

  private static byte[] hmacSha256(String key, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
