package io.hookwire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method that answers {@code GET} on the receiver's path: the challenge some providers
 * send to check an endpoint before they deliver to it, such as Meta's {@code hub.challenge} or X's
 * CRC check. At most one per receiver.
 *
 * <pre>{@code
 * @Handshake
 * WebhookResponse challenge(@QueryParam("hub.mode") String mode,
 *     @QueryParam("hub.verify_token") String token,
 *     @QueryParam("hub.challenge") String challenge) {
 *   // The token chosen in the provider's settings, compared in constant time.
 *   boolean genuine = MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8));
 *   return mode.equals("subscribe") && genuine
 *       ? WebhookResponse.text(200, challenge)
 *       : WebhookResponse.text(403, "Forbidden.");
 * }
 * }</pre>
 *
 * <p>A {@code GET} carries no body to sign, so {@link Verify} does not run before it: the method
 * checks the provider's token itself, and answers as it decides. Its parameters are
 * {@link QueryParam}, {@link Header} and {@link PathParam} values, or the whole
 * {@code WebhookRequest}; it has no event, and the body of a {@code GET}, if any, is ignored. A
 * required parameter that is absent is answered {@code 400} without calling it.
 *
 * <p>The return value is the answer, as for {@link OnEvent}: a {@code String} is sent as
 * {@code text/plain}, a {@code WebhookResponse} as given, any other object as JSON; {@code void}
 * does not compile, since a challenge needs an answer. A method that throws is answered
 * {@code 500}.
 *
 * <p>A receiver with a handshake allows {@code GET} and {@code POST}, and answers other methods
 * {@code 405} with {@code Allow: GET, POST}; one without answers {@code GET} {@code 405} with
 * {@code Allow: POST}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Handshake {}
