package io.hookwire.processor.writing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/io.hookwire.runtime.spi.WebhookRegistry}, listing exactly the
 * registries of this compilation. It is a resource, not a source, so it is written once processing
 * is over, when every registry is known.
 */
public final class ServiceFileWriter {
  static final String PATH = "META-INF/services/io.hookwire.runtime.spi.WebhookRegistry";

  private ServiceFileWriter() {}

  /** Writes the file listing {@code registries}, one qualified name per line, made from {@code receivers}. */
  public static void write(Filer filer, List<String> registries, List<Element> receivers) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, receivers.toArray(new Element[0]));
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      for (String registry : registries) {
        writer.write(registry);
        writer.write('\n');
      }
    }
  }
}
