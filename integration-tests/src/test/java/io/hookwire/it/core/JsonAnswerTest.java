package io.hookwire.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hookwire.it.core.receivers.JsonAnswers;
import io.hookwire.runtime.Hookwire;
import io.hookwire.runtime.WebhookRequest;
import io.hookwire.runtime.WebhookResponse;
import org.junit.jupiter.api.Test;

/** Every JSON answer is written with the application's {@code ObjectMapper}, whichever way the handler made it. */
class JsonAnswerTest {
  private static final String SNAKE_CASE_RECEIPT = "{\"order_id\":\"A-1\",\"item_count\":3}";

  private final Hookwire hookwire = Hookwire.builder()
      .only(JsonAnswers.class)
      .objectMapper(JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())
      .build();

  private WebhookResponse answer(String kind) {
    return hookwire.handle(WebhookRequest.builder().path("/json-answers").header("X-Answer", kind).body("{}").build());
  }

  @Test
  void aReturnedObjectIsWrittenWithTheApplicationsMapper() {
    WebhookResponse response = answer("object");

    assertEquals(200, response.status());
    assertEquals(WebhookResponse.APPLICATION_JSON, response.contentType());
    assertEquals(SNAKE_CASE_RECEIPT, response.body());
  }

  @Test
  void aJsonResponseIsWrittenWithTheApplicationsMapperToo() {
    WebhookResponse response = answer("response");

    assertEquals(201, response.status());
    assertEquals(WebhookResponse.APPLICATION_JSON, response.contentType());
    assertEquals(SNAKE_CASE_RECEIPT, response.body());
  }

  @Test
  void aValueTheMapperCannotWriteFailsTheDeliverySoTheSenderRetries() {
    WebhookResponse response = answer("unwritable");

    assertEquals(500, response.status());
    assertEquals("Internal server error.", response.body());
  }

  @Test
  void aJsonResponseReadOutsideThePipelineUsesTheDefaultMapper() {
    assertEquals("{\"orderId\":\"A-1\",\"itemCount\":3}",
        WebhookResponse.json(200, new JsonAnswers.Receipt("A-1", 3)).body());
  }
}
