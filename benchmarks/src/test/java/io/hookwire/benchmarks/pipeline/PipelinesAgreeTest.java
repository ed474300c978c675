package io.hookwire.benchmarks.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hookwire.runtime.WebhookResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The three pipelines the benchmark compares must do the same work: each accepts the signed
 * delivery, answers {@code 200 OK} and hands the bound event to the handler. A pipeline that
 * rejected it would look fast for the wrong reason.
 */
class PipelinesAgreeTest {
  @Test
  void everyPipelineAcceptsTheDeliveryAndCallsTheHandler() {
    Pipelines pipelines = new Pipelines();
    List<Supplier<WebhookResponse>> each = List.of(pipelines::generated, pipelines::handWritten, pipelines::reflective);
    long charsBefore = 0;
    for (Supplier<WebhookResponse> pipeline : each) {
      WebhookResponse answer = pipeline.get();
      assertEquals(200, answer.status());
      assertEquals("OK", answer.body());
      long chars = pipelines.receiver().textChars();
      assertTrue(chars > charsBefore, "the handler saw the event");
      charsBefore = chars;
    }
  }

  @Test
  void theLimitVerifiesAndBindsTheSameEvent() {
    Pipelines pipelines = new Pipelines();
    assertNotNull(pipelines.limit(), "the limit accepts the signature");
    assertEquals("message", pipelines.limit().event().type(), "the limit binds the nested event");
  }
}
