package io.hookwire.example;

import java.util.Objects;

/**
 * A secret of the configuration, and whether it is the published demo value.
 *
 * @param value the secret
 * @param demo whether it is a value from {@link DemoValues}, used because none was configured
 */
public record Setting(String value, boolean demo) {

  /** Checks that the value is present. */
  public Setting {
    Objects.requireNonNull(value, "value");
  }

  /** A value from the environment. */
  public static Setting configured(String value) {
    return new Setting(value, false);
  }

  /** A published demo value. */
  public static Setting demo(String value) {
    return new Setting(value, true);
  }

  @Override
  public String toString() {
    // Configured secrets must never reach a log through string concatenation.
    return demo ? "demo value '" + value + "'" : "configured (hidden)";
  }
}
