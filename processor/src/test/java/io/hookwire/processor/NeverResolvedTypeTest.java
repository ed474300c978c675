package io.hookwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.hookwire.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A receiver that uses a type no round ever produces: it is waited for until the last round, then
 * reported on its class, so the user learns why it is missing from the registry.
 */
class NeverResolvedTypeTest {

  @Test
  void aReceiverWhoseEventTypeNeverAppearsIsReportedOnItsClass() {
    JavaFileObject file = Sources.source("Orders", """
        @Webhook(path = "/orders", name = "orders")
        class Orders {
          @Verify boolean verify() { return true; }
          @OnEvent void handle(OrderEvent event) {}
        }
        """);

    Compilation compilation = Sources.compile(file);

    assertThat(compilation).hadErrorContaining(Message.NEVER_RESOLVED.format("Orders", "OrderEvent"))
        .inFile(file).onLineContaining("class Orders");
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(file).onLineContaining("OrderEvent event");
  }
}
