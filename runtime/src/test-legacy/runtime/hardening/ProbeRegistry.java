package io.hookwire.runtime.hardening;

import io.hookwire.runtime.spi.ReceiverDefinition;
import io.hookwire.runtime.spi.WebhookRegistry;
import java.util.List;

/** What the processor generates for a compilation holding the two probes. */
public final class ProbeRegistry implements WebhookRegistry {
  @Override
  public List<ReceiverDefinition<?>> receivers() {
    return List.of(
        ReceiverDefinition.of(PointerProbe.class, "pointer_probe", PointerProbe.PATH, PointerProbe_WebhookReceiver::new),
        ReceiverDefinition.of(HeaderProbe.class, "header_probe",
            HeaderProbe.PATH_PREFIX + "{tenant}" + HeaderProbe.PATH_SUFFIX, HeaderProbe_WebhookReceiver::new));
  }
}
