package io.hookwire.runtime.hardening;

import io.hookwire.runtime.Hookwire;

/** The probes, assembled as an application would. */
final class Probes {
  private Probes() {}

  /** A {@link Hookwire} serving both probes, which record into {@code calls}. */
  static Hookwire hookwire(Calls calls, long maxBodyBytes) {
    return Hookwire.builder()
        .registry(new ProbeRegistry())
        .instance(new PointerProbe(calls))
        .instance(new HeaderProbe(calls))
        .maxBodyBytes(maxBodyBytes)
        .build();
  }
}
