package io.hookwire.processor.validation;

import static javax.tools.Diagnostic.Kind.ERROR;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, each with its text and its kind, in one place so
 * messages stay consistent, tests can assert on them, and no call site picks a kind or a wording
 * of its own. Each says what is wrong and what to do; its {@code %s} and {@code %d} slots are filled
 * by {@link #format}. Report one through {@link Report}.
 */
public enum Message {
  // The class.
  NOT_A_CLASS(ERROR,
      "@Webhook belongs on a class: put it on a concrete top-level or static nested class."),
  ABSTRACT_CLASS(ERROR,
      "A @Webhook class must be concrete, because Hookwire instantiates it: remove 'abstract'."),
  INNER_CLASS(ERROR,
      "A @Webhook class nested in another class must be static. Did you mean to make the class static?"),
  PRIVATE_CLASS(ERROR,
      "A @Webhook class must not be private: the receiver generated beside it calls it. Make it"
          + " package-private or public."),
  GENERIC_CLASS(ERROR,
      "A @Webhook class must not have type parameters: Hookwire would not know which type arguments to use."),
  MISSING_VERIFY(ERROR,
      "A @Webhook class needs one @Verify method, which rejects forged deliveries: add one, for example"
          + " calling new SlackSignature(secret).verify(request)."),
  MISSING_ON_EVENT(ERROR,
      "A @Webhook class needs at least one @OnEvent method to handle its deliveries."),

  // The @Webhook attributes.
  EMPTY_PATH(ERROR,
      "@Webhook(path) is empty: give the URL path the receiver listens on, such as \"/slack/events\"."),
  MALFORMED_PATH(ERROR,
      "@Webhook(path) \"%s\" is malformed: %s. A path starts with '/' and each segment is made of"
          + " letters, digits and -._~ or is a parameter such as {token}."),
  EMPTY_NAME(ERROR,
      "@Webhook(name) is empty: give the receiver a name such as \"slack_events_handler\"."),
  MALFORMED_NAME(ERROR,
      "@Webhook(name) \"%s\" is malformed: use letters, digits, '_', '-' and '.' only."),
  DUPLICATE_PATH(ERROR,
      "Path \"%s\" is already the path of %s: give each @Webhook class its own path."),
  DUPLICATE_NAME(ERROR,
      "Name \"%s\" is already the name of %s: give each @Webhook class its own name."),
  EMPTY_TYPE_POINTER(ERROR,
      "@Webhook(typePointer) holds an empty pointer, which names the whole body rather than a field:"
          + " point at the field that holds the event type, such as \"/type\", or remove it."),
  DUPLICATE_TYPE_POINTER(ERROR,
      "@Webhook(typePointer) names \"%s\" twice: each pointer reads the next part of the event type,"
          + " so list each field once."),
  MALFORMED_TYPE_HEADER(ERROR,
      "@Webhook(typeHeader) \"%s\" is not a valid HTTP header name, such as \"X-GitHub-Event\"."),
  INVALID_POINTER(ERROR,
      "@Webhook(%s) \"%s\" is not a valid JSON Pointer: %s. A pointer starts with '/', such as"
          + " \"/type\" or \"/event/type\", and writes '~' as ~0 and '/' inside a name as ~1."),
  DELIVERY_ID_HEADER_AND_POINTER(ERROR,
      "Set deliveryIdHeader or deliveryIdPointer on @Webhook, not both: a delivery's id is read from one place."),
  MALFORMED_DELIVERY_ID_HEADER(ERROR,
      "@Webhook(deliveryIdHeader) \"%s\" is not a valid HTTP header name, such as \"X-GitHub-Delivery\"."),
  DELIVERY_ID_SIGNED_WITHOUT_HEADER(ERROR,
      "@Webhook(deliveryIdSigned) says whether the signature covers deliveryIdHeader: set deliveryIdHeader,"
          + " or remove deliveryIdSigned (an id read with deliveryIdPointer is in the signed body already)."),
  MAX_BODY_TOO_LARGE(ERROR,
      "@Webhook(maxBodyBytes) %d is more than a request body can hold: use at most %d bytes."),
  INVALID_REJECT_STATUS(ERROR,
      "@Webhook(rejectStatus) %d is not a status for a failed verification: use 403, the default,"
          + " or 401 for senders that expect it, such as Discord."),

  // Methods.
  PRIVATE_METHOD(ERROR,
      "%s methods must not be private: the generated receiver calls them. Make it package-private or public."),
  STATIC_METHOD(ERROR,
      "%s methods must not be static: Hookwire calls them on the receiver instance."),
  ABSTRACT_METHOD(ERROR,
      "%s methods must not be abstract: Hookwire calls them on the receiver instance."),
  GENERIC_METHOD(ERROR,
      "%s methods must not have type parameters: Hookwire would not know which type arguments to use."),
  TWO_ROLES(ERROR,
      "A method plays one part: this one has both %s and %s. Split it into two methods."),
  DUPLICATE_ROLE(ERROR,
      "A receiver has at most one %s method, and %s() is one already: remove one of them."),
  VERIFY_RETURN(ERROR,
      "A @Verify method returns void (and throws RequestVerificationException to reject) or boolean"
          + " (false rejects); this one returns %s."),
  IS_CONNECTED_RETURN(ERROR,
      "An @IsConnected method returns boolean: whether the webhook is registered; this one returns %s."),
  CONNECT_RETURN(ERROR,
      "A @Connect method returns void (and throws WebhookSetupException when it fails); this one returns %s."),
  HANDSHAKE_RETURN(ERROR,
      "A @Handshake method returns the answer to the provider's challenge: a String (sent as text),"
          + " a WebhookResponse, or an object sent as JSON; this one returns void."),
  TAKES_NO_PARAMETERS(ERROR,
      "%s methods take no parameters: remove them."),

  // Parameters.
  TYPED_EVENT_IN_VERIFY(ERROR,
      "@Verify runs before the body is parsed, so it cannot take a parsed event (%s): take the raw body"
          + " as String or byte[], or the WebhookRequest."),
  EVENT_IN_HANDSHAKE(ERROR,
      "A @Handshake method answers a GET, which has no event to bind to this parameter (%s): annotate it"
          + " with @QueryParam, @Header or @PathParam, take the WebhookRequest, or remove it."),
  TWO_EVENT_PARAMETERS(ERROR,
      "Only one parameter can be the event, and '%s' is one already: annotate this one with @Header,"
          + " @PathParam or @QueryParam, or remove it."),
  TWO_PARAMETER_ANNOTATIONS(ERROR,
      "A parameter takes one of @Header, @PathParam and @QueryParam, not several."),
  PARAMETER_ANNOTATION_TYPE(ERROR,
      "%s binds a String, or an Optional<String> when the value may be absent; this parameter is %s."),
  EMPTY_PARAMETER_NAME(ERROR,
      "%s needs the name of the %s to bind."),
  UNKNOWN_PATH_PARAM(ERROR,
      "@PathParam(\"%s\") names no parameter of the path \"%s\": use one of %s."),
  PATH_HAS_NO_PARAMS(ERROR,
      "@PathParam(\"%s\") names no parameter of the path \"%s\", which has none: add {%1$s} to the path."),
  OPTIONAL_EVENT(ERROR,
      "Cannot bind %s: an Optional parameter is a header, path or query value; annotate it with"
          + " @Header, @PathParam or @QueryParam."),
  INACCESSIBLE_EVENT(ERROR,
      "Cannot bind the event to %s: it is private, and the receiver generated beside this class must"
          + " name it. Make it package-private or public."),

  // Dispatch.
  EVENT_TYPES_WITHOUT_SOURCE(ERROR,
      "@OnEvent names event types, but the receiver does not say where a delivery's type is: set"
          + " typeHeader (such as \"X-GitHub-Event\") or typePointer (such as \"/type\") on @Webhook."),
  EMPTY_EVENT_TYPE(ERROR,
      "An event type in @OnEvent cannot be empty; @OnEvent without a value is the catch-all."),
  EMPTY_EVENT_TYPE_PART(ERROR,
      "Event type \"%s\" has an empty part: separate its parts with single dots, such as \"issues.opened\","
          + " without a dot at either end."),
  TOO_MANY_EVENT_TYPE_PARTS(ERROR,
      "Event type \"%s\" has %d parts, but the receiver reads %d (%s): name at most %d, or read"
          + " another part with typePointer on @Webhook."),
  DUPLICATE_EVENT_TYPE(ERROR,
      "Event type \"%s\" is already handled by %s(): each event type has one handler."),
  TWO_CATCH_ALLS(ERROR,
      "Only one @OnEvent method can be the catch-all, and %s() is one already: give this one event types."),

  // Elsewhere.
  OUTSIDE_WEBHOOK(ERROR,
      "%s works only in a @Webhook class: annotate %s with @Webhook, or remove %1$s."),
  INVALID_REGISTRY_OPTION(ERROR,
      "-Ahookwire.registry=%s is not a valid qualified class name, such as com.acme.AcmeWebhooks."),
  COULD_NOT_WRITE(ERROR,
      "Could not write %s: %s. Is there a class of that name already? Hookwire names generated classes"
          + " after the @Webhook class: rename the one in the way."),
  COULD_NOT_WRITE_SERVICE_FILE(ERROR,
      "Could not write META-INF/services/io.hookwire.runtime.spi.WebhookRegistry: %s"),
  NEVER_RESOLVED(ERROR,
      "Hookwire generated no receiver for %s: the type %s it uses never appeared. Check its name and"
          + " import, or, if another annotation processor generates it, that processor's errors."),
  UNEXPECTED_FAILURE(ERROR,
      "Hookwire's processor failed on this element. This is a bug in Hookwire; please report it with"
          + " this trace:%n%s");

  private final Diagnostic.Kind kind;
  private final String format;

  Message(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  /** Whether this message is an error, which fails the compilation, or a warning or a note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The text with {@code args} in its slots, in order. */
  public String format(Object... args) {
    // The root locale keeps numbers in ASCII digits whatever the build machine's locale is.
    return String.format(Locale.ROOT, format, args);
  }
}
