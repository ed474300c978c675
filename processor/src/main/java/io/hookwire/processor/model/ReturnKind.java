package io.hookwire.processor.model;

/** What a method returns, as far as the generated code cares. */
public enum ReturnKind {
  /** {@code void}: the answer is {@code 200 OK}. */
  VOID,
  /** primitive {@code boolean}: the answer of {@code @Verify} and {@code @IsConnected}. */
  BOOLEAN,
  /** {@code String}: sent as text. */
  STRING,
  /** {@code WebhookResponse}: sent as given. */
  RESPONSE,
  /** Anything else: sent as JSON. */
  OTHER
}
