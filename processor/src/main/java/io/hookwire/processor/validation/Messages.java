package io.hookwire.processor.validation;

/**
 * Every diagnostic the processor reports, in one place so messages stay consistent and tests can
 * assert on them. Each says what is wrong and what to do; {@code %s} slots are filled with
 * {@link String#format}.
 */
public final class Messages {

  // The class.
  public static final String NOT_A_CLASS =
      "@Webhook belongs on a class: put it on a concrete top-level or static nested class.";
  public static final String ABSTRACT_CLASS =
      "A @Webhook class must be concrete, because Hookwire instantiates it: remove 'abstract'.";
  public static final String INNER_CLASS =
      "A @Webhook class nested in another class must be static. Did you mean to make the class static?";
  public static final String LOCAL_CLASS =
      "A @Webhook class must be a top-level or static nested class, not a local or anonymous class.";
  public static final String PRIVATE_CLASS =
      "A @Webhook class must not be private: the receiver generated beside it calls it. Make it"
          + " package-private or public.";
  public static final String GENERIC_CLASS =
      "A @Webhook class must not have type parameters: Hookwire would not know which type arguments to use.";
  public static final String MISSING_VERIFY =
      "A @Webhook class needs one @Verify method, which rejects forged deliveries: add one, for example"
          + " calling new SlackSignature(secret).verify(request).";
  public static final String MISSING_ON_EVENT =
      "A @Webhook class needs at least one @OnEvent method to handle its deliveries.";

  // The @Webhook attributes.
  public static final String EMPTY_PATH =
      "@Webhook(path) is empty: give the URL path the receiver listens on, such as \"/slack/events\".";
  public static final String MALFORMED_PATH =
      "@Webhook(path) \"%s\" is malformed: %s. A path starts with '/' and each segment is made of"
          + " letters, digits and -._~ or is a parameter such as {token}.";
  public static final String EMPTY_NAME =
      "@Webhook(name) is empty: give the receiver a name such as \"slack_events_handler\".";
  public static final String MALFORMED_NAME =
      "@Webhook(name) \"%s\" is malformed: use letters, digits, '_', '-' and '.' only.";
  public static final String DUPLICATE_PATH =
      "Path \"%s\" is already the path of %s: give each @Webhook class its own path.";
  public static final String DUPLICATE_NAME =
      "Name \"%s\" is already the name of %s: give each @Webhook class its own name.";
  public static final String EMPTY_TYPE_POINTER =
      "@Webhook(typePointer) holds an empty pointer, which names the whole body rather than a field:"
          + " point at the field that holds the event type, such as \"/type\", or remove it.";
  public static final String DUPLICATE_TYPE_POINTER =
      "@Webhook(typePointer) names \"%s\" twice: each pointer reads the next part of the event type,"
          + " so list each field once.";
  public static final String MALFORMED_TYPE_HEADER =
      "@Webhook(typeHeader) \"%s\" is not a valid HTTP header name, such as \"X-GitHub-Event\".";
  public static final String INVALID_POINTER =
      "@Webhook(%s) \"%s\" is not a valid JSON Pointer: %s. A pointer starts with '/', such as"
          + " \"/type\" or \"/event/type\", and writes '~' as ~0 and '/' inside a name as ~1.";
  public static final String DELIVERY_ID_HEADER_AND_POINTER =
      "Set deliveryIdHeader or deliveryIdPointer on @Webhook, not both: a delivery's id is read from one place.";
  public static final String MALFORMED_DELIVERY_ID_HEADER =
      "@Webhook(deliveryIdHeader) \"%s\" is not a valid HTTP header name, such as \"X-GitHub-Delivery\".";
  public static final String DELIVERY_ID_SIGNED_WITHOUT_HEADER =
      "@Webhook(deliveryIdSigned) says whether the signature covers deliveryIdHeader: set deliveryIdHeader,"
          + " or remove deliveryIdSigned (an id read with deliveryIdPointer is in the signed body already).";
  public static final String MAX_BODY_TOO_LARGE =
      "@Webhook(maxBodyBytes) %d is more than a request body can hold: use at most %d bytes.";
  public static final String INVALID_REJECT_STATUS =
      "@Webhook(rejectStatus) %d is not a status for a failed verification: use 403, the default,"
          + " or 401 for senders that expect it, such as Discord.";

  // Methods.
  public static final String PRIVATE_METHOD =
      "%s methods must not be private: the generated receiver calls them. Make it package-private or public.";
  public static final String STATIC_METHOD =
      "%s methods must not be static: Hookwire calls them on the receiver instance.";
  public static final String ABSTRACT_METHOD =
      "%s methods must not be abstract: Hookwire calls them on the receiver instance.";
  public static final String GENERIC_METHOD =
      "%s methods must not have type parameters: Hookwire would not know which type arguments to use.";
  public static final String TWO_ROLES =
      "A method plays one part: this one has both %s and %s. Split it into two methods.";
  public static final String DUPLICATE_ROLE =
      "A receiver has at most one %s method, and %s() is one already: remove one of them.";
  public static final String VERIFY_RETURN =
      "A @Verify method returns void (and throws RequestVerificationException to reject) or boolean"
          + " (false rejects); this one returns %s.";
  public static final String IS_CONNECTED_RETURN =
      "An @IsConnected method returns boolean: whether the webhook is registered; this one returns %s.";
  public static final String CONNECT_RETURN =
      "A @Connect method returns void (and throws WebhookSetupException when it fails); this one returns %s.";
  public static final String HANDSHAKE_RETURN =
      "A @Handshake method returns the answer to the provider's challenge: a String (sent as text),"
          + " a WebhookResponse, or an object sent as JSON; this one returns void.";
  public static final String TAKES_NO_PARAMETERS = "%s methods take no parameters: remove them.";

  // Parameters.
  public static final String TYPED_EVENT_IN_VERIFY =
      "@Verify runs before the body is parsed, so it cannot take a parsed event (%s): take the raw body"
          + " as String or byte[], or the WebhookRequest.";
  public static final String EVENT_IN_HANDSHAKE =
      "A @Handshake method answers a GET, which has no event to bind to this parameter (%s): annotate it"
          + " with @QueryParam, @Header or @PathParam, take the WebhookRequest, or remove it.";
  public static final String TWO_EVENT_PARAMETERS =
      "Only one parameter can be the event, and '%s' is one already: annotate this one with @Header,"
          + " @PathParam or @QueryParam, or remove it.";
  public static final String TWO_PARAMETER_ANNOTATIONS =
      "A parameter takes one of @Header, @PathParam and @QueryParam, not several.";
  public static final String PARAMETER_ANNOTATION_TYPE =
      "%s binds a String, or an Optional<String> when the value may be absent; this parameter is %s.";
  public static final String EMPTY_PARAMETER_NAME = "%s needs the name of the %s to bind.";
  public static final String UNKNOWN_PATH_PARAM =
      "@PathParam(\"%s\") names no parameter of the path \"%s\": use one of %s.";
  public static final String PATH_HAS_NO_PARAMS =
      "@PathParam(\"%s\") names no parameter of the path \"%s\", which has none: add {%s} to the path.";
  public static final String OPTIONAL_EVENT =
      "Cannot bind %s: an Optional parameter is a header, path or query value; annotate it with"
          + " @Header, @PathParam or @QueryParam.";
  public static final String EVENT_WITH_TYPE_VARIABLE =
      "Cannot bind the event to %s: it uses a type variable, which Jackson cannot resolve. Use a concrete type.";
  public static final String INACCESSIBLE_EVENT =
      "Cannot bind the event to %s: it is private, and the receiver generated beside this class must"
          + " name it. Make it package-private or public.";

  // Dispatch.
  public static final String EVENT_TYPES_WITHOUT_SOURCE =
      "@OnEvent names event types, but the receiver does not say where a delivery's type is: set"
          + " typeHeader (such as \"X-GitHub-Event\") or typePointer (such as \"/type\") on @Webhook.";
  public static final String EMPTY_EVENT_TYPE =
      "An event type in @OnEvent cannot be empty; @OnEvent without a value is the catch-all.";
  public static final String EMPTY_EVENT_TYPE_PART =
      "Event type \"%s\" has an empty part: separate its parts with single dots, such as \"issues.opened\","
          + " without a dot at either end.";
  public static final String TOO_MANY_EVENT_TYPE_PARTS =
      "Event type \"%s\" has %d parts, but the receiver reads %d (%s): name at most %d, or read"
          + " another part with typePointer on @Webhook.";
  public static final String DUPLICATE_EVENT_TYPE =
      "Event type \"%s\" is already handled by %s(): each event type has one handler.";
  public static final String TWO_CATCH_ALLS =
      "Only one @OnEvent method can be the catch-all, and %s() is one already: give this one event types.";

  // Elsewhere.
  public static final String OUTSIDE_WEBHOOK =
      "%s works only in a @Webhook class: annotate %s with @Webhook, or remove %s.";
  public static final String INVALID_REGISTRY_OPTION =
      "-Ahookwire.registry=%s is not a valid qualified class name, such as com.acme.AcmeWebhooks.";
  public static final String COULD_NOT_WRITE =
      "Could not write %s: %s. Is there a class of that name already? Hookwire names generated classes"
          + " after the @Webhook class: rename the one in the way.";
  public static final String COULD_NOT_WRITE_SERVICE_FILE =
      "Could not write META-INF/services/io.hookwire.runtime.spi.WebhookRegistry: %s";
  public static final String NEVER_RESOLVED =
      "Hookwire generated no receiver for %s: the type %s it uses never appeared. Check its name and"
          + " import, or, if another annotation processor generates it, that processor's errors.";
  public static final String UNEXPECTED_FAILURE =
      "Hookwire's processor failed on this element. This is a bug in Hookwire; please report it with"
          + " this trace:%n%s";

  private Messages() {}
}
