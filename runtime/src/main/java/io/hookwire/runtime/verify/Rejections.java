package io.hookwire.runtime.verify;

import io.hookwire.runtime.RequestVerificationException;

/**
 * The reasons a verifier gives when it rejects a delivery, in one place so that every verifier
 * words them alike and tests can assert on them.
 *
 * <p>The reasons go to the log only. They name the header and the check that failed and never
 * contain a secret, an expected signature, or the received value (which an attacker chooses and
 * could use to forge log lines).
 */
final class Rejections {
  private Rejections() {}

  static String missing(String header) {
    return header + " header is missing";
  }

  static String missingBesideLegacy(String header, String legacyHeader) {
    return missing(header) + "; " + legacyHeader + " alone (SHA-1) is not accepted";
  }

  static String empty(String header) {
    return header + " header is empty";
  }

  static String duplicated(String header) {
    return header + " header is duplicated";
  }

  static String notNumeric(String header) {
    return header + " header is not a Unix time in whole seconds";
  }

  static String malformed(String header, String detail) {
    return header + " header is malformed: " + detail;
  }

  static String tooOld(String header, long ageSeconds, long toleranceSeconds) {
    return header + " is outside the replay window: sent " + ageSeconds
        + " s ago, tolerance " + toleranceSeconds + " s";
  }

  static String inFuture(String header, long aheadSeconds, long toleranceSeconds) {
    return header + " is outside the replay window: " + aheadSeconds
        + " s in the future, tolerance " + toleranceSeconds + " s";
  }

  static String noSignature(String header, String label) {
    return header + " header has no " + label + " signature";
  }

  static String noMatch(String header) {
    return header + " header matches no secret";
  }

  static String noValidSignature(String header) {
    return header + " header is valid under no public key";
  }

  static String notForm(String contentTypeHeader) {
    return contentTypeHeader + " is not " + FormParams.CONTENT_TYPE
        + ": the signature covers form fields only, so any other body would go unsigned";
  }

  static String malformedForm() {
    return "body is not a well-formed form: a % escape is incomplete or not hexadecimal";
  }

  static String bodyHashMismatch(String parameter) {
    return "body does not match the " + parameter + " query parameter";
  }

  static String malformedQuery(String parameter, String detail) {
    return parameter + " query parameter is malformed: " + detail;
  }

  static String duplicatedQuery(String parameter) {
    return parameter + " query parameter is duplicated";
  }

  static String bodyField(String field, String problem) {
    return "body's " + field + " field " + problem;
  }

  static RequestVerificationException reject(String message) {
    return new RequestVerificationException(message);
  }
}
