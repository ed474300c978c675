package io.hookwire.processor.model;

/** What an annotated method of a receiver is for, named after its annotation. */
public enum Role {
  VERIFY("@Verify"),
  ON_EVENT("@OnEvent"),
  IS_CONNECTED("@IsConnected"),
  CONNECT("@Connect"),
  HANDSHAKE("@Handshake");

  private final String annotation;

  Role(String annotation) {
    this.annotation = annotation;
  }

  /** The annotation as a user writes it, for messages: {@code @Verify}. */
  public String annotation() {
    return annotation;
  }
}
