package io.hookwire.processor.model;

/**
 * Qualified names of the types the processor recognises. Kept as names, not classes, so the
 * processor needs neither the runtime nor Jackson on its own class path.
 */
public final class KnownTypes {
  public static final String WEBHOOK = "io.hookwire.Webhook";
  public static final String VERIFY = "io.hookwire.Verify";
  public static final String ON_EVENT = "io.hookwire.OnEvent";
  public static final String IS_CONNECTED = "io.hookwire.IsConnected";
  public static final String CONNECT = "io.hookwire.Connect";
  public static final String HANDSHAKE = "io.hookwire.Handshake";
  public static final String HEADER = "io.hookwire.Header";
  public static final String PATH_PARAM = "io.hookwire.PathParam";
  public static final String QUERY_PARAM = "io.hookwire.QueryParam";

  public static final String WEBHOOK_REQUEST = "io.hookwire.runtime.WebhookRequest";
  public static final String WEBHOOK_RESPONSE = "io.hookwire.runtime.WebhookResponse";
  public static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";
  public static final String STRING = "java.lang.String";
  public static final String OPTIONAL = "java.util.Optional";

  private KnownTypes() {}

  /** The annotation that gives a method this role. */
  public static String annotationOf(Role role) {
    return switch (role) {
      case VERIFY -> VERIFY;
      case ON_EVENT -> ON_EVENT;
      case IS_CONNECTED -> IS_CONNECTED;
      case CONNECT -> CONNECT;
      case HANDSHAKE -> HANDSHAKE;
    };
  }
}
