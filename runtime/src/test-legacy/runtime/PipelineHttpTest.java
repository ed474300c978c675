package io.hookwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.runtime.spi.JsonMappers;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the pipeline table, over HTTP, with the {@link ShopReceiver}. */
class PipelineHttpTest {
  private static final String PATH = "/shop/events";
  private static final String ORDER = "{\"id\":\"A-1\",\"quantity\":3}";

  private final ShopReceiver shop = new ShopReceiver();
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = TestServer.serving(Hookwire.builder().registry(new ShopRegistry()).instance(shop).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> deliver(String event, String body, String... moreHeaders) throws Exception {
    List<String> headers = new ArrayList<>(List.of("X-Signature", ShopReceiver.SIGNATURE, "X-Event", event));
    headers.addAll(List.of(moreHeaders));
    return server.post(PATH, body, headers.toArray(String[]::new));
  }

  private static void assertAnswer(int status, String body, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response::body);
    assertEquals(body, response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
  }

  @Test
  void unknownPathIsNotFound() throws Exception {
    assertEquals(404, server.post("/shop/nothing", ORDER).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "PATCH", "DELETE", "OPTIONS"})
  void otherMethodsAreNotAllowed(String method) throws Exception {
    HttpResponse<String> response = server.send(server.request(PATH).method(method, BodyPublishers.noBody()));

    assertAnswer(405, "Method not allowed.", response);
    assertEquals(List.of("POST"), response.headers().allValues("Allow"));
  }

  @Test
  void headIsNotAllowed() throws Exception {
    HttpResponse<String> response = server.send(server.request(PATH).method("HEAD", BodyPublishers.noBody()));

    assertEquals(405, response.statusCode());
    assertEquals(List.of("POST"), response.headers().allValues("Allow"));
  }

  @Test
  void aRejectedSignatureFailsVerification() throws Exception {
    HttpResponse<String> response = server.post(PATH, ORDER, "X-Signature", "forged", "X-Event", "order.created");

    assertAnswer(403, "Request verification failed.", response);
    assertTrue(shop.orders.isEmpty());
  }

  @Test
  void aVerifierThatThrowsFailsVerification() throws Exception {
    HttpResponse<String> response =
        server.post(PATH, ORDER, "X-Signature", ShopReceiver.EXPLODING_SIGNATURE, "X-Event", "order.created");

    assertAnswer(403, "Request verification failed.", response);
  }

  @Test
  void aMissingRequiredVerifyParameterFailsVerification() throws Exception {
    assertAnswer(403, "Request verification failed.", server.post(PATH, ORDER, "X-Event", "order.created"));
  }

  @Test
  void nothingIsParsedBeforeItIsVerified() throws Exception {
    HttpResponse<String> response = server.post(PATH, "{not json", "X-Signature", "forged", "X-Event", "order.created");

    assertEquals(403, response.statusCode());
  }

  @Test
  void aContentTypeOtherThanJsonIsUnsupportedForAJsonHandler() throws Exception {
    HttpResponse<String> response = deliver("order.created", ORDER, "Content-Type", "text/plain");

    assertAnswer(415, "Unsupported media type.", response);
    assertTrue(shop.orders.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/vnd.github+json"})
  void jsonContentTypesAreAccepted(String contentType) throws Exception {
    assertAnswer(200, "OK", deliver("order.created", ORDER, "Content-Type", contentType));
  }

  @Test
  void aMissingContentTypeIsAccepted() throws Exception {
    HttpResponse<String> response = deliver("order.created", ORDER);

    assertAnswer(200, "OK", response);
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders);
  }

  @Test
  void aFailingHandlerIsAnInternalErrorThatLeaksNothing() throws Exception {
    HttpResponse<String> response = deliver("order.failing", ORDER);

    assertAnswer(500, "Internal server error.", response);
    assertFalse(response.body().contains("hunter2"));
    assertFalse(response.headers().map().toString().contains("hunter2"));
  }

  @Test
  void aVoidHandlerAnswersOk() throws Exception {
    assertAnswer(200, "OK", deliver("order.created", ORDER));
    assertEquals(List.of(new ShopReceiver.Order("A-1", 3)), shop.orders);
  }

  @Test
  void aWebhookResponseIsAnsweredAsGiven() throws Exception {
    HttpResponse<String> response = deliver("order.accepted", ORDER);

    assertAnswer(202, "queued A-1", response);
    assertEquals(List.of("orders"), response.headers().allValues("X-Queue"));
  }

  @Test
  void anObjectIsAnsweredAsJson() throws Exception {
    HttpResponse<String> response = deliver("order.receipt", ORDER);

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonNode receipt = JsonMappers.DEFAULT.readTree(response.body());
    assertEquals("A-1", receipt.get("id").asText());
    assertEquals("paid", receipt.get("status").asText());
  }

  /** The rows of the pipeline table whose answer is a status and a text. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      invalid JSON is a bad request                 | order.created   | application/json | {"id": "A-1",                        | 400 | Bad request.
      JSON that does not bind is a bad request      | order.created   | application/json | {"id":"A-1","quantity":"many"}       | 400 | Bad request.
      unknown properties are ignored                | order.created   | application/json | {"id":"A-1","quantity":3,"new":true} | 200 | OK
      an event type with no handler is acknowledged | order.refunded  | application/json | {"id":"A-1","quantity":3}            | 200 | OK
      a String is answered as text                  | order.described | application/json | {"id":"A-1","quantity":3}            | 200 | order A-1 x3
      no answer from the handler is OK              | order.nothing   | application/json | {"id":"A-1","quantity":3}            | 200 | OK
      a handler that overflows the stack fails      | order.recursing | application/json | {}                                   | 500 | Internal server error.
      a raw-body handler takes any content type     | order.raw       | text/plain       | hello                                | 200 | raw 5
      """)
  void answers(String behaviour, String event, String contentType, String body, int status, String answer)
      throws Exception {
    assertAnswer(status, answer, deliver(event, body, "Content-Type", contentType));
  }
}
