package io.hookwire.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of form bodies that the contract suite does not reach over HTTP: which forms are a
 * {@code payload}, what an empty form is, and how the {@code Content-Type}'s charset is read.
 */
class FormBodyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aPayloadBesideOtherFieldsIsAnOrdinaryField() throws Exception {
    assertEquals(json("{\"payload\":\"{}\",\"token\":\"t\"}"), parse("payload=%7B%7D&token=t"));
  }

  @Test
  void aRepeatedPayloadIsStillTheOnlyField() throws Exception {
    assertEquals(json("{\"type\":\"a\"}"), parse("payload=%7B%22type%22%3A%22a%22%7D&payload=nonsense"));
  }

  @Test
  void aPayloadBesideAFieldWithoutANameIsTheOnlyField() throws Exception {
    assertEquals(json("[1,2]"), parse("=x&payload=%5B1%2C2%5D"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "&", "&&&", "=", "=a&=b"})
  void aFormWithoutNamedFieldsIsAnEmptyObject(String body) throws Exception {
    assertEquals(json("{}"), parse(body));
  }

  @Test
  void nameAndValueAreSplitAtTheFirstEqualsSign() throws Exception {
    assertEquals(json("{\"a b\":\"c=d\",\"e\":\"\"}"), parse("a+b=c=d&e"));
  }

  @Test
  void escapedSeparatorsAreText() throws Exception {
    assertEquals(json("{\"a&b\":\"c=d+e\"}"), parse("a%26b=c%3Dd%2Be"));
  }

  @Test
  void aPayloadOfJsonNullIsNull() throws Exception {
    assertEquals(json("null"), parse("payload=null"));
  }

  @Test
  void thePayloadMayBeAnyJsonValue() throws Exception {
    assertEquals(json("\"text\""), parse("payload=%22text%22"));
  }

  @Test
  void aPayloadWithTrailingContentIsRefused() {
    DeliveryRejectedException refused = assertThrows(DeliveryRejectedException.class,
        () -> FormBody.parse(bytes("payload=%7B%7D+x"), StandardCharsets.UTF_8, strictMapper()));
    assertEquals(400, refused.status());
  }

  @Test
  void aCharsetIsReadFromTheContentType() {
    assertEquals(StandardCharsets.ISO_8859_1,
        MediaTypes.charset("application/x-www-form-urlencoded; Charset=\"iso-8859-1\"").orElseThrow());
    assertEquals(StandardCharsets.UTF_8, MediaTypes.charset("application/x-www-form-urlencoded").orElseThrow());
    assertEquals(Optional.empty(), MediaTypes.charset("application/x-www-form-urlencoded; charset="));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/x-www-form-urlencoded", "Application/X-WWW-Form-Urlencoded ; charset=utf-8"})
  void formContentTypesAreRecognised(String contentType) {
    assertTrue(MediaTypes.isForm(contentType));
  }

  @Test
  void fieldsAreDecodedInTheGivenCharset() throws Exception {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    assertEquals(json("{\"city\":\"São Paulo\"}"), FormBody.parse(bytes("city=S%E3o+Paulo"), latin1, MAPPER));
  }

  private static JsonNode parse(String body) {
    return FormBody.parse(bytes(body), StandardCharsets.UTF_8, MAPPER);
  }

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static ObjectMapper strictMapper() {
    return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
