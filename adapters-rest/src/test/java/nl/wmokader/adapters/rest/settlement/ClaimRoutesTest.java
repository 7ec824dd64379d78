package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.settlement.SettlementApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.TARIFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.claim;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.line;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.RestOptions;
import nl.wmokader.adapters.rest.settlement.SettlementApi.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Claims over HTTP: submitting and the answer per line, resubmission, reading, listing in scope, refusals. */
class ClaimRoutesTest {
  private static final String CLAIMS = "/api/v1/claims";

  @Test
  void a_provider_submits_a_claim_answered_201_with_every_line_approved_or_rejected_with_its_codes() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Assigned b = api.assigned(MAASOEVER);
      TestServer.Reply reply = api.server.post(CLAIMS, AS_MAASOEVER,
          claim("D2026-02", line("R1", a, 4, TARIFF), line("R2", b, 2, 6000)));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode c = reply.json();
      assertThat(reply.header("Location")).hasValue(CLAIMS + "/" + c.path("id").asText());
      assertThat(c.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(c.path("municipality").asText()).isEqualTo("1721");
      assertThat(c.path("month").asText()).isEqualTo("2026-02");
      assertThat(c.path("number").asText()).isEqualTo("D2026-02");
      assertThat(c.path("submittedOn").asText()).isEqualTo("2026-03-05");
      assertThat(c.path("submittedTotalCents").asLong()).isEqualTo(4 * TARIFF + 2 * 6000);
      assertThat(c.path("approvedTotalCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(c.path("lineCount").asInt()).isEqualTo(2);
      assertThat(c.path("approvedLineCount").asInt()).isEqualTo(1);

      JsonNode approved = c.path("lines").get(0);
      assertThat(approved.path("reference").asText()).isEqualTo("R1");
      assertThat(approved.path("assignment").asText()).isEqualTo(a.id());
      assertThat(approved.path("category").asText()).isEqualTo("02");
      assertThat(approved.path("product").asText()).isEqualTo("02A01");
      assertThat(approved.path("periodStart").asText()).isEqualTo("2026-02-01");
      assertThat(approved.path("periodEnd").asText()).isEqualTo("2026-02-28");
      assertThat(approved.path("volume").asLong()).isEqualTo(4);
      assertThat(approved.path("unit").asText()).isEqualTo("04");
      assertThat(approved.path("tariffCents").asLong()).isEqualTo(TARIFF);
      assertThat(approved.path("direction").asText()).isEqualTo("DEBIT");
      assertThat(approved.path("amountCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(approved.path("approved").asBoolean()).isTrue();
      assertThat(approved.path("answerCodes").toString()).isEqualTo("[\"8001\"]");
      assertThat(approved.path("rejections").toString()).isEqualTo("[]");
      assertThat(approved.path("chargedTo").asText()).isEqualTo("1721");

      JsonNode rejected = c.path("lines").get(1);
      assertThat(rejected.path("approved").asBoolean()).isFalse();
      assertThat(rejected.path("answerCodes").toString()).isEqualTo("[\"0611\"]");
      assertThat(rejected.path("rejections").toString()).isEqualTo("[\"TARIFF_MISMATCH\"]");
      // the answer never repeats the client's BSN
      assertThat(reply.body()).doesNotContain(a.client()).doesNotContain(b.client());
    }
  }

  @Test
  void a_line_may_name_its_assignment_by_its_iwmo_number_and_a_reference_has_up_to_20_characters() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Assigned b = api.assigned(MAASOEVER);
      assertThat(b.number()).isNotEqualTo(a.number()).matches("[0-9]{1,9}");
      String twenty = "R2345678901234567890";
      JsonNode c = api.submitted(AS_MAASOEVER, claim("D1", line(twenty, a.byNumber(), 4, TARIFF),
          line("R2", b, 4, TARIFF), line("R3", new Assigned("999999999", a.client()), 1, TARIFF))).json();
      assertThat(c.path("lines").get(0).path("reference").asText()).isEqualTo(twenty);
      assertThat(c.path("lines").get(0).path("assignment").asText()).isEqualTo(a.id());
      assertThat(c.path("lines").get(0).path("answerCodes").toString()).isEqualTo("[\"8001\"]");
      assertThat(c.path("lines").get(1).path("answerCodes").toString()).isEqualTo("[\"8001\"]");
      assertThat(c.path("lines").get(2).path("answerCodes").toString()).isEqualTo("[\"9338\"]");

      TestServer.Reply tooLong = api.server.post(CLAIMS, AS_MAASOEVER, claim("D2", line(twenty + "1", a, 1, TARIFF)));
      assertProblem(tooLong, 400, "invalid_input");
      assertThat(tooLong.invalidParams()).containsExactly("lines[0].reference:too_long");
      TestServer.Reply noProduct = api.server.post(CLAIMS, AS_MAASOEVER,
          claim("D3", line("R9", a, 1, TARIFF).replace("\"product\":\"02A01\",", "")));
      assertProblem(noProduct, 400, "invalid_input");
      assertThat(noProduct.invalidParams()).containsExactly("lines[0].product:required");
    }
  }

  @Test
  void a_line_on_an_unknown_assignment_is_rejected_with_9338_and_charged_to_no_one() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Assigned unknown = new Assigned(ABSENT_ID, a.client());
      JsonNode line = api.submitted(AS_MAASOEVER, claim("D1", line("R1", unknown, 4, TARIFF))).json().path("lines").get(0);

      assertThat(line.path("answerCodes").toString()).isEqualTo("[\"9338\"]");
      assertThat(line.path("rejections").toString()).isEqualTo("[\"UNKNOWN_ASSIGNMENT\"]");
      assertThat(line.has("chargedTo")).isFalse();
    }
  }

  @Test
  void resubmitting_the_same_claim_answers_201_with_the_same_claim_and_another_content_is_409() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      String body = claim("D2026-02", line("R1", a, 4, TARIFF));
      TestServer.Reply first = api.submitted(AS_MAASOEVER, body);
      TestServer.Reply again = api.server.post(CLAIMS, AS_MAASOEVER, body);

      assertThat(again.status()).as(again.toString()).isEqualTo(201);
      assertThat(again.header("Location")).isEqualTo(first.header("Location"));
      assertThat(again.json()).isEqualTo(first.json());
      assertThat(again.json().path("lines").get(0).path("approved").asBoolean())
          .as("answered as before, not rejected as a duplicate reference").isTrue();
      assertThat(api.server.get(CLAIMS, "region").json().path("totalItems").asLong()).isEqualTo(1);

      assertProblem(api.server.post(CLAIMS, AS_MAASOEVER, claim("D2026-02", line("R1", a, 3, TARIFF))), 409, "duplicate");
    }
  }

  @Test
  void a_claim_is_read_by_its_provider_its_municipality_the_region_and_supervisors_and_by_no_one_else() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      TestServer.Reply submitted = api.submitted(AS_MAASOEVER, claim("D1", line("R1", a, 4, TARIFF)));
      String path = submitted.header("Location").orElseThrow();

      for (String reader : List.of(AS_MAASOEVER, BERNHEZE_STAFF, "region", "supervisor")) {
        TestServer.Reply reply = api.server.get(path, reader);
        assertThat(reply.status()).as(reader + ": " + reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(submitted.json());
      }
      assertProblem(api.server.get(path, AS_ZORGKRACHT), 404, "not_found");
      assertProblem(api.server.get(path, BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.get(CLAIMS + "/" + ABSENT_ID, "region"), 404, "not_found");
      assertThat(assertProblem(api.server.get(CLAIMS + "/not-a-uuid", "region"), 400, "invalid_input")
          .path("invalidParams").get(0).path("name").asText()).isEqualTo("claimId");
      assertProblem(api.server.get(path, null), 401, "actor_missing");
    }
  }

  @Test
  void a_list_holds_what_the_actor_may_see_filtered_and_paged() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned ofMaasoever = api.assigned(MAASOEVER);
      Assigned ofZorgkracht = api.assigned(ZORGKRACHT);
      api.submitted(AS_MAASOEVER, claim("M1", line("R1", ofMaasoever, 4, TARIFF)));
      api.submitted(AS_ZORGKRACHT, claim("Z1", line("R1", ofZorgkracht, 4, TARIFF)));

      assertThat(numbers(api.server.get(CLAIMS, AS_MAASOEVER))).containsExactly("M1");
      assertThat(numbers(api.server.get(CLAIMS, AS_ZORGKRACHT))).containsExactly("Z1");
      assertThat(numbers(api.server.get(CLAIMS + "?provider=" + ZORGKRACHT, AS_MAASOEVER))).isEmpty();
      assertThat(numbers(api.server.get(CLAIMS, BERNHEZE_STAFF))).containsExactly("M1", "Z1");
      assertThat(numbers(api.server.get(CLAIMS, BOEKEL_STAFF))).isEmpty();
      assertThat(numbers(api.server.get(CLAIMS + "?municipality=1721", BOEKEL_STAFF))).isEmpty();
      assertThat(numbers(api.server.get(CLAIMS + "?provider=" + ZORGKRACHT + "&month=2026-02", "region")))
          .containsExactly("Z1");
      assertThat(numbers(api.server.get(CLAIMS + "?month=2026-01", "region"))).isEmpty();

      JsonNode page = api.server.get(CLAIMS + "?municipality=1721&pageSize=1", "supervisor").json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(2);
      assertThat(page.path("totalPages").asLong()).isEqualTo(2);
      assertThat(page.path("links").path("next").path("href").asText())
          .isEqualTo("/api/v1/claims?municipality=1721&page=1&pageSize=1");
      JsonNode summary = page.path("items").get(0);
      assertThat(summary.path("lineCount").asInt()).isEqualTo(1);
      assertThat(summary.path("approvedLineCount").asInt()).isEqualTo(1);
      assertThat(summary.path("submittedTotalCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(summary.path("approvedTotalCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(summary.has("lines")).isFalse();
    }
  }

  @Test
  void list_parameters_are_checked_all_at_once_and_a_client_is_never_a_query_parameter() {
    try (SettlementApi api = new SettlementApi()) {
      assertThat(assertProblem(api.server.get(CLAIMS + "?month=2026-13&provider=123&municipality=x&pageSize=0", "region"),
          400, "invalid_input").toString()).contains("month_format");
      assertThat(api.server.get(CLAIMS + "?month=2026-13&provider=123&municipality=x&pageSize=0", "region").invalidParams())
          .containsExactlyInAnyOrder("month:month_format", "provider:agb_code_format", "municipality:municipality_code_format",
              "pageSize:out_of_range");
      assertThat(api.server.get(CLAIMS + "?status=OPEN", "region").invalidParams()).containsExactly("status:unknown_field");
      assertThat(api.server.get(CLAIMS + "?client=999900018", "region").invalidParams()).containsExactly("client:not_allowed");
    }
  }

  @Test
  void only_a_provider_submits_and_an_actor_is_required() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      String body = claim("D1", line("R1", a, 4, TARIFF));
      for (String actor : List.of(BERNHEZE_STAFF, "region", "supervisor")) {
        assertProblem(api.server.post(CLAIMS, actor, body), 403, "forbidden");
      }
      assertProblem(api.server.post(CLAIMS, null, body), 401, "actor_missing");
      assertProblem(api.server.post(CLAIMS, "provider:123", body), 401, "actor_invalid");
      assertThat(api.server.get(CLAIMS, "region").json().path("totalItems").asLong()).isZero();
    }
  }

  @Test
  void a_malformed_body_is_400_naming_every_invalid_field_and_nothing_is_stored() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      assertProblem(api.server.post(CLAIMS, AS_MAASOEVER, "{\"municipality\":"), 400, "malformed_json");

      String badLine = "{\"reference\":\"R1\",\"assignment\":\"nope\",\"client\":\"999900019\",\"category\":\"19\","
          + "\"periodStart\":\"2026-02-31\",\"periodEnd\":\"2026-02-28\",\"volume\":\"4\",\"unit\":\"HOUR\","
          + "\"tariffCents\":65.4,\"amountCents\":26160,\"direction\":\"D\",\"colour\":\"red\"}";
      TestServer.Reply reply = api.server.post(CLAIMS, AS_MAASOEVER,
          "{\"municipality\":\"17\",\"month\":\"2026-2\",\"lines\":[" + badLine + ",null," + line("R2", a, 4, TARIFF) + "]}");

      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactlyInAnyOrder(
          "lines[0].colour:unknown_field",
          "lines[0].periodStart:date_format",
          "lines[0].volume:invalid_type",
          "lines[0].tariffCents:invalid_type",
          "lines[0].direction:invalid_type",
          "municipality:municipality_code_format",
          "month:month_format",
          "number:required",
          "lines[0].assignment:assignment_format",
          "lines[0].client:bsn_eleven_test",
          "lines[0].category:invalid_value",
          "lines[0].product:required",
          "lines[0].unit:invalid_value",
          "lines[1]:required");
      assertThat(reply.body()).doesNotContain("999900019");
      assertThat(api.server.get(CLAIMS, "region").json().path("totalItems").asLong()).isZero();
    }
  }

  @Test
  void the_cores_rules_are_the_second_round_of_400_with_field_paths_as_sent() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      String future = line("R1", a, 4, TARIFF).replace("2026-02-01", "2026-04-01").replace("2026-02-28", "2026-04-30");
      String spanning = line("R2", a, 4, TARIFF).replace("2026-02-28", "2026-03-01");
      String zeroVolume = line("R3", a, 0, TARIFF);
      TestServer.Reply reply = api.server.post(CLAIMS, AS_MAASOEVER,
          "{\"municipality\":\"0363\",\"month\":\"2026-04\",\"number\":\"D1\",\"lines\":[" + future + "," + spanning
              + "," + zeroVolume + "]}");

      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactlyInAnyOrder("municipality:not_a_member", "month:in_future",
          "lines[0].periodEnd:in_future", "lines[1].periodEnd:spans_months", "lines[2].volume:out_of_range");

      TestServer.Reply total = api.server.post(CLAIMS, AS_MAASOEVER,
          claim("D1", line("R1", a, 4, TARIFF)).replace("\"lines\"", "\"declaredTotalCents\":1,\"lines\""));
      assertThat(total.invalidParams()).containsExactly("declaredTotalCents:total_mismatch");
      assertThat(api.server.post(CLAIMS, AS_MAASOEVER, claim("D1")).invalidParams()).containsExactly("lines:size");
      assertThat(api.server.get(CLAIMS, "region").json().path("totalItems").asLong()).isZero();
    }
  }

  @Test
  void a_claim_of_thousands_of_lines_over_the_ordinary_body_limit_is_answered_line_by_line() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      int count = 5_000;
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        lines.add(line("R" + i, a, 4, TARIFF));
      }
      String body = claim("BIG", lines.toArray(String[]::new));
      assertThat((long) body.length()).isGreaterThan(RestOptions.DEFAULT_MAX_BODY_BYTES);

      JsonNode c = api.submitted(AS_MAASOEVER, body).json();

      assertThat(c.path("lineCount").asInt()).isEqualTo(count);
      assertThat(c.path("lines")).hasSize(count);
      assertThat(c.path("approvedLineCount").asInt()).isEqualTo(1);
      assertThat(c.path("lines").get(count - 1).path("reference").asText()).isEqualTo("R" + (count - 1));
      assertThat(c.path("lines").get(count - 1).path("rejections").toString()).contains("ALREADY_CLAIMED");
    }
  }

  @Test
  void a_claim_over_the_bulk_limit_is_413() {
    try (SettlementApi api = new SettlementApi(TestServer.options().withMaxBulkBodyBytes(2_000))) {
      Assigned a = api.assigned(MAASOEVER);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        lines.add(line("R" + i, a, 4, TARIFF));
      }
      assertProblem(api.server.post(CLAIMS, AS_MAASOEVER, claim("D1", lines.toArray(String[]::new))), 413, "body_too_large");
    }
  }

  @Test
  void a_claim_streamed_without_a_length_is_read_as_it_comes_and_over_the_limit_is_413_even_when_malformed_early() {
    try (SettlementApi api = new SettlementApi(TestServer.options().withMaxBulkBodyBytes(2_000))) {
      Assigned a = api.assigned(MAASOEVER);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        lines.add(line("R" + i, a, 4, TARIFF));
      }
      String big = claim("D1", lines.toArray(String[]::new));
      assertProblem(api.server.sendChunked("POST", CLAIMS, AS_MAASOEVER, big.getBytes(StandardCharsets.UTF_8)),
          413, "body_too_large");
      assertProblem(api.server.sendChunked("POST", CLAIMS, AS_MAASOEVER,
          ("{\"number\" 1" + big).getBytes(StandardCharsets.UTF_8)), 413, "body_too_large");
      assertProblem(api.server.sendChunked("POST", CLAIMS, AS_MAASOEVER,
          "{\"number\" 1}".getBytes(StandardCharsets.UTF_8)), 400, "malformed_json");
      TestServer.Reply small = api.server.sendChunked("POST", CLAIMS, AS_MAASOEVER,
          claim("D2", line("R1", a, 4, TARIFF)).getBytes(StandardCharsets.UTF_8));
      assertThat(small.status()).as(small.toString()).isEqualTo(201);
      assertThat(api.server.get(CLAIMS, "region").json().path("totalItems").asLong()).isEqualTo(1);
    }
  }

  private static List<String> numbers(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<String> numbers = new ArrayList<>();
    reply.json().path("items").forEach(s -> numbers.add(s.path("number").asText()));
    return numbers;
  }
}
