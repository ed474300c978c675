package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;
import io.hookwire.runtime.WebhookRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body as Twilio signs them: sorted by
 * name, each name followed by its value with no separator, all run together. A name sent several
 * times is followed by each of its values, sorted too, as Twilio's own libraries do.
 *
 * <p>The body is decoded here, before it is verified, because the signature is over the decoded
 * fields rather than the bytes; nothing decoded is kept or used for anything else. A
 * consequence of the scheme, not of this code: two encodings of the same fields (such as
 * {@code %C3%A9} and {@code %c3%a9}) carry the same signature.
 */
final class FormParams {
  static final String CONTENT_TYPE = "application/x-www-form-urlencoded";
  private static final String CONTENT_TYPE_HEADER = "Content-Type";

  private FormParams() {}

  /**
   * The signed text of the request's form fields. An empty body has none. A body that is not a
   * form is refused: a signature over the fields alone would leave such a body unsigned.
   */
  static String signedText(WebhookRequest request) throws RequestVerificationException {
    byte[] body = request.bodyBytes();
    if (body.length == 0) {
      return "";
    }
    if (!isForm(request)) {
      throw Rejections.reject(Rejections.notForm(CONTENT_TYPE_HEADER));
    }
    StringBuilder text = new StringBuilder();
    parse(new String(body, StandardCharsets.UTF_8)).forEach((name, values) -> {
      values.sort(null);
      values.forEach(value -> text.append(name).append(value));
    });
    return text.toString();
  }

  /** Whether the request says its body is a form, whatever the parameters of its media type. */
  static boolean isForm(WebhookRequest request) {
    List<String> types = request.headers(CONTENT_TYPE_HEADER);
    if (types.size() != 1) {
      return false;
    }
    String type = types.get(0);
    int parameters = type.indexOf(';');
    String mediaType = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    return mediaType.toLowerCase(Locale.ROOT).equals(CONTENT_TYPE);
  }

  /** Fields by name in the order of {@link String#compareTo}: by UTF-16 code unit, case first. */
  private static Map<String, List<String>> parse(String form) throws RequestVerificationException {
    Map<String, List<String>> fields = new TreeMap<>();
    for (String pair : form.split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return fields;
  }

  private static String decode(String text) throws RequestVerificationException {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Rejections.reject(Rejections.malformedForm());
    }
  }
}
