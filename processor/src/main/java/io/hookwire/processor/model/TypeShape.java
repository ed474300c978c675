package io.hookwire.processor.model;

/** The kind of a parameter's type, which decides what it can be bound to. */
public enum TypeShape {
  /** {@code io.hookwire.runtime.WebhookRequest}: the whole request. */
  REQUEST,
  /** {@code String}: a required value, or the raw body as text. */
  STRING,
  /** {@code Optional<String>}: an optional value. */
  OPTIONAL_STRING,
  /** {@code Optional} of anything but {@code String}: bindable to nothing. */
  OPTIONAL_OTHER,
  /** {@code byte[]}: the raw body. */
  BYTES,
  /** {@code com.fasterxml.jackson.databind.JsonNode}: the body as a tree. */
  JSON_TREE,
  /** Any other type: the body read by Jackson. */
  TYPED
}
