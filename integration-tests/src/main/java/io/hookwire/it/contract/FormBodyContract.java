package io.hookwire.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hookwire.it.receivers.ChargeReceiver;
import io.hookwire.it.receivers.GitHubForms;
import io.hookwire.it.receivers.SlackCommands;
import io.hookwire.it.receivers.SlackInteractions;
import io.hookwire.runtime.Hookwire;
import io.hookwire.test.Signer;
import io.hookwire.test.Signers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Form bodies ({@code application/x-www-form-urlencoded}) as Slack and GitHub send them, signed
 * as they sign them: a slash command is bound as the object of its fields, an interaction and a
 * GitHub delivery in form mode as the JSON in their {@code payload} field. Malformed forms are
 * answered {@code 400} with an {@code INFO} line that says why, never {@code 500}; a bind failure's
 * line names the JSON path that failed and never the value found there.
 */
public abstract class FormBodyContract extends ContractServer {
  private static final String SLACK_SECRET = "a Slack signing secret for tests";
  private static final String GITHUB_SECRET = "a GitHub secret for tests";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final ObjectMapper JSON = new ObjectMapper();

  // A slash command as Slack's documentation shows it, with /weather as the command.
  private static final String WEATHER = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example"
      + "&enterprise_id=E0001&enterprise_name=Globular%20Construct%20Inc&channel_id=C2147483705"
      + "&channel_name=test&user_id=U2147483697&user_name=Steve&command=%2Fweather&text=94070"
      + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678"
      + "&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A123456";

  private Loopback client;

  @BeforeEach
  void start() throws Exception {
    client = serve(Hookwire.builder()
        .only(SlackCommands.class, SlackInteractions.class, GitHubForms.class, ChargeReceiver.class)
        .instance(new SlackCommands(SLACK_SECRET))
        .instance(new SlackInteractions(SLACK_SECRET))
        .instance(new GitHubForms(GITHUB_SECRET))
        .build());
  }

  @Test
  void aSlashCommandIsBoundAsTheObjectOfItsFields() throws Exception {
    HttpResponse<String> response = postSlack(SlackCommands.PATH, WEATHER);

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("Weather in 94070 for U2147483697 of T0001", response.body());
  }

  @Test
  void plusIsASpaceAndEscapesAreUtf8() throws Exception {
    HttpResponse<String> response = postSlack(SlackCommands.PATH,
        "command=%2Fweather&text=S%C3%A3o+Paulo&user_id=U1&team_id=T1");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("Weather in São Paulo for U1 of T1", response.body());
  }

  @Test
  void theCharsetParameterIsHonoured() throws Exception {
    HttpResponse<String> response = post(SlackCommands.PATH,
        bytes("command=%2Fweather&text=S%E3o+Paulo&user_id=U1&team_id=T1"), FORM + "; charset=ISO-8859-1",
        Signers.slack(SLACK_SECRET));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("Weather in São Paulo for U1 of T1", response.body());
  }

  @Test
  void aPojoIsBoundFromTheFields() throws Exception {
    HttpResponse<String> response = postSlack(SlackCommands.PATH, "command=%2Flookup&text=invoices&channel_name=sales");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("Looking up invoices in #sales", response.body());
  }

  @Test
  void aStringEventIsTheRawBody() throws Exception {
    String body = "command=%2Fraw&text=a+b%26c";
    HttpResponse<String> response = postSlack(SlackCommands.PATH, body);

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(body, response.body());
  }

  @Test
  void theFirstValueOfARepeatedFieldWinsAndFieldsWithoutANameAreLeftOut() throws Exception {
    HttpResponse<String> response = postSlack(SlackCommands.PATH,
        "command=%2Fecho&a=first&a=second&=nameless&&flag&empty=");

    assertEquals(200, response.statusCode(), response::body);
    JsonNode fields = JSON.readTree(response.body());
    assertEquals(JSON.readTree("{\"command\":\"/echo\",\"a\":\"first\",\"flag\":\"\",\"empty\":\"\"}"), fields);
  }

  @Test
  void anInteractionIsTheJsonOfItsPayloadField() throws Exception {
    String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0CA5\",\"username\":\"amy\"},"
        + "\"api_app_id\":\"A0CA5\",\"actions\":[{\"action_id\":\"approve\",\"block_id\":\"b1\","
        + "\"value\":\"yes & more\",\"type\":\"button\"}]}";
    HttpResponse<String> response = postSlack(SlackInteractions.PATH, "payload=" + encode(payload));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("amy clicked approve = yes & more", response.body());
  }

  @Test
  void aGitHubDeliveryInFormModeIsTheJsonOfItsPayloadField() throws Exception {
    String payload = "{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"octo/hello\"}}";
    HttpResponse<String> response = post(GitHubForms.PATH, bytes("payload=" + encode(payload)), FORM,
        Signers.github(GITHUB_SECRET), "X-GitHub-Event", "push");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("pushed refs/heads/main to octo/hello", response.body());
  }

  @Test
  void theTypePointerReadsTheJsonOfThePayloadField() throws Exception {
    String payload = "{\"action\":\"opened\",\"issue\":{\"number\":7}}";
    HttpResponse<String> response = post(GitHubForms.PATH, bytes("payload=" + encode(payload)), FORM,
        Signers.github(GITHUB_SECRET), "X-GitHub-Event", "issues");

    assertEquals(200, response.statusCode(), response::body);
    assertEquals("opened #7", response.body());
  }

  @Test
  void aFormSignedWithAnotherSecretIsRefusedBeforeItIsParsed() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = post(SlackCommands.PATH, bytes("command=%2Fweather&text=%zz"), FORM,
          Signers.slack("not the secret"));

      assertEquals(403, response.statusCode(), response::body);
      assertFalse(log.lines().stream().anyMatch(line -> line.contains("form body")), () -> log.lines().toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedForms")
  void aMalformedFormIsABadRequest(String what, String path, String body, String reason) throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = postSlack(path, body);

      assertEquals(400, response.statusCode(), response::body);
      assertEquals("Bad request.", response.body());
      assertTrue(log.lines().stream().anyMatch(line -> line.contains(" INFO ") && line.contains(": 400 ")
          && line.contains(reason)), () -> "no INFO line with \"" + reason + "\": " + log.lines());
      assertEquals(List.of(), log.alarms());
    }
  }

  static Stream<Arguments> malformedForms() {
    String commands = SlackCommands.PATH;
    return Stream.of(
        Arguments.of("a % at the end", commands, "command=%2Fweather&text=50%", "malformed %-escape"),
        Arguments.of("a % with one digit", commands, "command=%2Fweather&text=%4", "malformed %-escape"),
        Arguments.of("a % without hex digits", commands, "command=%2Fweather&text=%zz", "malformed %-escape"),
        Arguments.of("a name with a % at the end", commands, "command=%2Fweather&te%=x", "malformed %-escape"),
        Arguments.of("bytes that are not UTF-8", commands, "command=%2Fweather&text=%FF%FE", "not text in UTF-8"),
        Arguments.of("a truncated UTF-8 sequence", commands, "command=%2Fweather&text=%C3", "not text in UTF-8"),
        Arguments.of("1,001 fields", commands, "command=%2Fweather" + fields(1_000), "more than 1000 fields"),
        Arguments.of("10,000 fields", commands, "command=%2Fweather" + fields(9_999), "more than 1000 fields"),
        Arguments.of("a payload that is not JSON", SlackInteractions.PATH, "payload=%7Btype%3A", "payload is not valid JSON"),
        Arguments.of("an empty payload", SlackInteractions.PATH, "payload=", "payload is empty"),
        Arguments.of("a value of the wrong type", commands, "command=%2Frepeat&text=ab&times=eleventy",
            "does not bind to"));
  }

  @Test
  void theMostFieldsAFormMayHaveAreBound() throws Exception {
    HttpResponse<String> response = postSlack(SlackCommands.PATH, "command=%2Fmany" + fields(999));

    assertEquals(200, response.statusCode(), response::body);
    assertEquals(1_000, JSON.readTree(response.body()).size());
  }

  @Test
  void aFormInAnUnknownCharsetIsAnUnsupportedMediaType() throws Exception {
    HttpResponse<String> response = post(SlackCommands.PATH, bytes(WEATHER), FORM + "; charset=klingon",
        Signers.slack(SLACK_SECRET));

    assertEquals(415, response.statusCode(), response::body);
  }

  @Test
  void aFieldOfTheWrongTypeIsLoggedByItsNameNotItsValue() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = postSlack(SlackCommands.PATH, "command=%2Frepeat&text=ab&times=eleventy");

      assertEquals(400, response.statusCode(), response::body);
      assertLoggedPathNotValue(log, "at times", "eleventy");
    }
  }

  @Test
  void aBindFailureDeepInAJsonBodyNamesItsPathNotItsValue() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = client.post(ChargeReceiver.PATH,
          "{\"type\":\"charge\",\"data\":{\"object\":{\"amount\":\"4111-1111-secret\",\"items\":[]}}}",
          "Content-Type", "application/json");

      assertEquals(400, response.statusCode(), response::body);
      assertLoggedPathNotValue(log, "at data.object.amount", "4111-1111-secret");
    }
  }

  @Test
  void aBindFailureInAnArrayNamesTheIndex() throws Exception {
    try (LogCapture log = LogCapture.start()) {
      HttpResponse<String> response = client.post(ChargeReceiver.PATH,
          "{\"data\":{\"object\":{\"amount\":1,\"items\":[{\"id\":\"a\",\"quantity\":1},"
              + "{\"id\":\"b\",\"quantity\":\"several-secret\"}]}}}");

      assertEquals(400, response.statusCode(), response::body);
      assertLoggedPathNotValue(log, "at data.object.items[1].quantity", "several-secret");
    }
  }

  private static void assertLoggedPathNotValue(LogCapture log, String path, String value) {
    assertTrue(log.lines().stream().anyMatch(line -> line.contains(" INFO ") && line.contains(path)),
        () -> "no INFO line naming \"" + path + "\": " + log.lines());
    assertFalse(log.lines().stream().anyMatch(line -> line.contains(value)),
        () -> "the value was logged: " + log.lines());
  }

  /** {@code count} more fields: {@code &f1=v&f2=v…}. */
  private static String fields(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "&f" + i + "=v").collect(Collectors.joining());
  }

  private HttpResponse<String> postSlack(String path, String form) throws Exception {
    return post(path, bytes(form), FORM, Signers.slack(SLACK_SECRET));
  }

  private HttpResponse<String> post(String path, byte[] body, String contentType, Signer signer,
      String... headers) throws Exception {
    List<String> all = new ArrayList<>(List.of("Content-Type", contentType));
    for (Map.Entry<String, String> header : signer.headers(body).entrySet()) {
      all.add(header.getKey());
      all.add(header.getValue());
    }
    all.addAll(List.of(headers));
    return client.post(path, body, all.toArray(String[]::new));
  }

  private static byte[] bytes(String form) {
    return form.getBytes(StandardCharsets.US_ASCII);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
