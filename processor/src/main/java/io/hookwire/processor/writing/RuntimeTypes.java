package io.hookwire.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime and Jackson types generated code refers to. */
final class RuntimeTypes {
  static final ClassName WEBHOOK_RECEIVER = ClassName.get("io.hookwire.runtime.spi", "WebhookReceiver");
  static final ClassName WEBHOOK_REGISTRY = ClassName.get("io.hookwire.runtime.spi", "WebhookRegistry");
  static final ClassName WEBHOOK_RESPONSE = ClassName.get("io.hookwire.runtime", "WebhookResponse");
  static final ClassName RECEIVER_DEFINITION = ClassName.get("io.hookwire.runtime.spi", "ReceiverDefinition");
  static final ClassName RECEIVER_FACTORY = ClassName.get("io.hookwire.runtime.spi", "ReceiverFactory");
  static final ClassName DELIVERY = ClassName.get("io.hookwire.runtime.spi", "Delivery");
  static final ClassName EVENT_TYPE = ClassName.get("io.hookwire.runtime.spi", "EventType");
  static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
  static final ClassName OBJECT_READER = ClassName.get("com.fasterxml.jackson.databind", "ObjectReader");
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName JSON_POINTER = ClassName.get("com.fasterxml.jackson.core", "JsonPointer");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName LIST = ClassName.get("java.util", "List");

  private RuntimeTypes() {}
}
