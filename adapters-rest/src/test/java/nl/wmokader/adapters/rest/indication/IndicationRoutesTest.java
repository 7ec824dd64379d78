package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.IndicationApi.BERNHEZE;
import static nl.wmokader.adapters.rest.indication.IndicationApi.BOEKEL;
import static nl.wmokader.adapters.rest.indication.IndicationApi.CLIENT;
import static nl.wmokader.adapters.rest.indication.IndicationApi.OSS;
import static nl.wmokader.adapters.rest.indication.IndicationApi.actor;
import static nl.wmokader.adapters.rest.indication.IndicationApi.expect;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.indication.domain.IndicationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The intake resources doing their work over HTTP: every step, the due dates, lists and the rules' refusals. */
class IndicationRoutesTest {
  private final IndicationApi api = new IndicationApi();
  private final String staff = actor(BERNHEZE);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void the_whole_intake_from_report_to_the_decision_on_the_objection() {
    api.today(LocalDate.of(2026, 1, 5));
    TestServer.Reply created = api.server.post("/api/v1/indications", staff,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"reportedOn\":\"2026-01-05\"}");
    JsonNode reported = expect(201, created);
    String id = reported.path("id").asText();
    assertThat(created.header("Location")).hasValue("/api/v1/indications/" + id);
    assertThat(created.header("API-Version")).hasValue("1.0.0");
    assertThat(created.contentType()).startsWith("application/json");
    assertThat(reported.path("client").asText()).isEqualTo(CLIENT);
    assertThat(reported.path("responsibleMunicipality").asText()).isEqualTo(BERNHEZE);
    assertThat(reported.has("attributedTo")).isFalse();
    assertThat(reported.path("status").asText()).isEqualTo("REPORTED");
    assertThat(reported.path("applicationWithoutReport").asBoolean()).isFalse();
    assertThat(reported.path("reportedOn").asText()).isEqualTo("2026-01-05");
    assertThat(reported.path("deadlines").toString()).isEqualTo("{\"assessmentDue\":\"2026-02-16\"}");
    assertThat(reported.has("decision") || reported.has("objection") || reported.has("assessedOn")).isFalse();
    assertThat(reported.path("version").asLong()).isEqualTo(1);

    api.today(LocalDate.of(2026, 1, 20));
    JsonNode assessed = api.step(staff, id, "assessment", "{\"assessedOn\":\"2026-01-20\"}");
    assertThat(assessed.path("status").asText()).isEqualTo("ASSESSED");
    assertThat(assessed.path("assessedOn").asText()).isEqualTo("2026-01-20");

    api.today(LocalDate.of(2026, 1, 21));
    JsonNode applied = api.step(staff, id, "application", "{\"appliedOn\":\"2026-01-21\"}");
    assertThat(applied.path("status").asText()).isEqualTo("APPLIED");
    assertThat(applied.path("deadlines").toString())
        .isEqualTo("{\"assessmentDue\":\"2026-02-16\",\"decisionDue\":\"2026-02-04\"}");

    api.today(LocalDate.of(2026, 1, 28));
    JsonNode granted = api.step(staff, id, "decision", "{\"decidedOn\":\"2026-01-28\",\"grant\":" + IndicationApi.guidance() + "}");
    assertThat(granted.path("status").asText()).isEqualTo("GRANTED");
    assertThat(granted.path("decision").toString()).isEqualTo("{\"decidedOn\":\"2026-01-28\",\"grant\":{"
        + "\"category\":\"GUIDANCE\",\"product\":\"02A01\",\"form\":\"IN_KIND\",\"quantity\":3,\"unit\":\"HOUR\","
        + "\"frequency\":\"PER_WEEK\",\"validFrom\":\"2026-02-01\",\"validUntil\":\"2026-12-31\","
        + "\"goals\":[\"Runs the household independently\"],\"evaluationDate\":\"2026-06-30\"}}");
    assertThat(granted.path("deadlines").path("objectionWindowEnd").asText()).isEqualTo("2026-03-11");

    api.today(LocalDate.of(2026, 2, 10));
    JsonNode objected = api.step(staff, id, "objection", "{\"filedOn\":\"2026-02-10\"}");
    assertThat(objected.path("objection").toString()).isEqualTo("{\"filedOn\":\"2026-02-10\",\"late\":false}");
    // Twelve weeks end on Tuesday 5 May 2026, Liberation Day: a holiday of the General Time Limits Act.
    assertThat(objected.path("deadlines").path("objectionDecisionDue").asText()).isEqualTo("2026-05-06");

    api.today(LocalDate.of(2026, 4, 1));
    JsonNode decided = api.step(staff, id, "objection/decision", "{\"outcome\":\"DISMISSED\",\"decidedOn\":\"2026-04-01\"}");
    assertThat(decided.path("objection").toString())
        .isEqualTo("{\"filedOn\":\"2026-02-10\",\"late\":false,\"outcome\":\"DISMISSED\",\"decidedOn\":\"2026-04-01\"}");
    assertThat(decided.path("status").asText()).isEqualTo("GRANTED");
    assertThat(decided.path("version").asLong()).isEqualTo(6);

    JsonNode read = expect(200, api.server.get("/api/v1/indications/" + id, staff));
    assertThat(read).isEqualTo(decided);
    assertThat(api.stored().single().status()).isEqualTo(IndicationStatus.GRANTED);
  }

  @Test
  void an_application_without_report_opens_an_applied_case_without_assessment_term() {
    TestServer.Reply created = api.server.post("/api/v1/indications", staff,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-05\"}");
    JsonNode applied = expect(201, created);
    assertThat(applied.path("status").asText()).isEqualTo("APPLIED");
    assertThat(applied.path("applicationWithoutReport").asBoolean()).isTrue();
    assertThat(applied.path("reportedOn").asText()).isEqualTo("2026-01-05");
    assertThat(applied.path("appliedOn").asText()).isEqualTo("2026-01-05");
    assertThat(applied.path("deadlines").toString()).isEqualTo("{\"decisionDue\":\"2026-01-19\"}");
    assertThat(created.header("Location")).hasValue("/api/v1/indications/" + applied.path("id").asText());
  }

  @Test
  void a_refusal_records_its_reason() {
    api.today(LocalDate.of(2026, 1, 5));
    String id = expect(201, api.server.post("/api/v1/indications", staff,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-05\"}")).path("id").asText();
    JsonNode refused = api.step(staff, id, "decision",
        "{\"decidedOn\":\"2026-01-05\",\"refusalReason\":\"  Support from the network suffices. \"}");
    assertThat(refused.path("status").asText()).isEqualTo("REFUSED");
    assertThat(refused.path("decision").toString())
        .isEqualTo("{\"decidedOn\":\"2026-01-05\",\"refusalReason\":\"Support from the network suffices.\"}");
  }

  @Test
  void the_central_municipality_grants_sheltered_housing_on_a_case_attributed_to_the_municipality_of_origin() {
    api.today(LocalDate.of(2026, 1, 5));
    String id = expect(201, api.server.post("/api/v1/indications", actor(OSS), "{\"client\":\"" + CLIENT
        + "\",\"responsibleMunicipality\":\"0828\",\"attributedTo\":\"0755\",\"appliedOn\":\"2026-01-05\"}"))
        .path("id").asText();
    JsonNode granted = api.step(actor(OSS), id, "decision", "{\"decidedOn\":\"2026-01-05\",\"grant\":"
        + IndicationApi.grant("SHELTERED_HOUSING", "15A01", "DAY_AND_NIGHT", "2026-01-05", "2026-12-31") + "}");
    assertThat(granted.path("attributedTo").asText()).isEqualTo(BOEKEL);
    assertThat(granted.path("decision").path("grant").path("category").asText()).isEqualTo("SHELTERED_HOUSING");
    // The municipality of origin reads it.
    assertThat(expect(200, api.server.get("/api/v1/indications/" + id, actor(BOEKEL))).path("id").asText()).isEqualTo(id);
  }

  @Test
  void a_category_only_grant_has_no_product() {
    api.today(LocalDate.of(2026, 1, 5));
    String id = expect(201, api.server.post("/api/v1/indications", staff,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-05\"}")).path("id").asText();
    JsonNode granted = api.step(staff, id, "decision", "{\"decidedOn\":\"2026-01-05\",\"grant\":"
        + IndicationApi.grant("GUIDANCE", null, "HOUR", "2026-02-01", "2026-12-31") + "}");
    assertThat(granted.path("decision").path("grant").has("product")).isFalse();
  }

  @Test
  void a_late_objection_is_recorded_as_late() {
    String id = api.granted();
    api.today(LocalDate.of(2026, 3, 12));
    JsonNode objected = api.step(staff, id, "objection", "{\"filedOn\":\"2026-03-12\"}");
    assertThat(objected.path("objection").path("late").asBoolean()).isTrue();
  }

  @Test
  void the_list_is_paged_by_report_date_with_links() {
    api.today(LocalDate.of(2026, 1, 9));
    for (int day = 9; day >= 5; day--) {
      api.report(BERNHEZE, LocalDate.of(2026, 1, day));
    }
    JsonNode page = expect(200, api.server.get("/api/v1/indications?page=1&pageSize=2", staff));
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("pageSize").asInt()).isEqualTo(2);
    assertThat(page.path("totalItems").asLong()).isEqualTo(5);
    assertThat(page.path("totalPages").asLong()).isEqualTo(3);
    List<String> dates = new ArrayList<>();
    page.path("items").forEach(i -> dates.add(i.path("reportedOn").asText()));
    assertThat(dates).containsExactly("2026-01-07", "2026-01-08");
    assertThat(page.path("items").get(0).path("deadlines").path("assessmentDue").asText()).isEqualTo("2026-02-18");
    assertThat(page.path("links").path("next").path("href").asText()).isEqualTo("/api/v1/indications?page=2&pageSize=2");
    assertThat(page.path("links").path("prev").path("href").asText()).isEqualTo("/api/v1/indications?page=0&pageSize=2");
  }

  @Test
  void overdue_steps_are_listed_most_urgent_first_and_by_kind() {
    api.today(LocalDate.of(2026, 1, 5));
    String reported = api.report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    String applied = expect(201, api.server.post("/api/v1/indications", staff,
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"appliedOn\":\"2026-01-05\"}")).path("id").asText();
    api.report(OSS, LocalDate.of(2026, 1, 5));

    api.today(LocalDate.of(2026, 2, 16));
    JsonNode onDueDay = expect(200, api.server.get("/api/v1/overdue-items", staff));
    assertThat(onDueDay.path("totalItems").asLong()).as("the assessment is due, not overdue, on its last day").isEqualTo(1);
    assertThat(onDueDay.path("items").get(0).toString()).isEqualTo("{\"indicationId\":\"" + applied
        + "\",\"kind\":\"DECISION\",\"due\":\"2026-01-19\",\"status\":\"APPLIED\",\"responsibleMunicipality\":\"1721\","
        + "\"reportedOn\":\"2026-01-05\"}");

    api.today(LocalDate.of(2026, 2, 17));
    JsonNode all = expect(200, api.server.get("/api/v1/overdue-items", staff));
    assertThat(all.path("items").findValuesAsText("kind")).containsExactly("DECISION", "ASSESSMENT");
    assertThat(all.path("items").get(1).path("indicationId").asText()).isEqualTo(reported);
    assertThat(all.toString()).doesNotContain(CLIENT);

    JsonNode assessments = expect(200, api.server.get("/api/v1/overdue-items?kind=ASSESSMENT&pageSize=10", staff));
    assertThat(assessments.path("items").findValuesAsText("indicationId")).containsExactly(reported);
    assertThat(assessments.path("links").path("self").path("href").asText())
        .isEqualTo("/api/v1/overdue-items?kind=ASSESSMENT&page=0&pageSize=10");

    assertThat(expect(200, api.server.get("/api/v1/overdue-items", "region")).path("totalItems").asLong()).isEqualTo(3);
  }

  @Test
  void an_application_before_the_assessment_term_ended_is_a_422_and_stores_nothing() {
    String id = api.report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    var before = api.stored();
    assertProblem(api.server.post("/api/v1/indications/" + id + "/application", staff, "{\"appliedOn\":\"2026-01-05\"}"),
        422, "assessment_still_due");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void steps_out_of_order_are_422_problems_and_store_nothing() {
    String id = api.granted();
    var before = api.stored();
    assertProblem(api.server.post("/api/v1/indications/" + id + "/assessment", staff, "{\"assessedOn\":\"2026-01-28\"}"),
        422, "not_in_step");
    assertProblem(api.server.post("/api/v1/indications/" + id + "/decision", staff,
        "{\"decidedOn\":\"2026-01-28\",\"refusalReason\":\"again\"}"), 422, "already_decided");
    assertProblem(api.server.post("/api/v1/indications/" + id + "/objection/decision", staff,
        "{\"outcome\":\"UPHELD\",\"decidedOn\":\"2026-01-28\"}"), 422, "no_objection");
    assertProblem(api.server.post("/api/v1/indications/" + id + "/objection", staff, "{\"filedOn\":\"2026-01-27\"}"),
        422, "before_previous_step");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void sheltered_housing_on_a_resident_case_is_a_422() {
    api.today(LocalDate.of(2026, 1, 5));
    String id = expect(201, api.server.post("/api/v1/indications", actor(OSS),
        "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"0828\",\"appliedOn\":\"2026-01-05\"}")).path("id").asText();
    var before = api.stored();
    assertProblem(api.server.post("/api/v1/indications/" + id + "/decision", actor(OSS), "{\"decidedOn\":\"2026-01-05\",\"grant\":"
        + IndicationApi.grant("SHELTERED_HOUSING", "15A01", "DAY_AND_NIGHT", "2026-01-05", "2026-12-31") + "}"),
        422, "category_not_for_case");
    assertThat(api.stored()).isEqualTo(before);
  }

  @Test
  void reporting_before_the_region_is_defined_is_a_404() {
    try (IndicationApi empty = IndicationApi.withoutRegion()) {
      assertProblem(empty.server.post("/api/v1/indications", "region",
          "{\"client\":\"" + CLIENT + "\",\"responsibleMunicipality\":\"1721\",\"reportedOn\":\"2026-01-05\"}"),
          404, "not_defined");
      assertThat(empty.stored()).isEmpty();
    }
  }

  @Test
  void head_answers_as_get_without_a_body() {
    String id = api.report(BERNHEZE, LocalDate.of(2026, 1, 5)).path("id").asText();
    TestServer.Reply head = api.server.send("HEAD", "/api/v1/indications/" + id, staff, null, null);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(api.server.send("HEAD", "/api/v1/indications/" + id, actor(OSS), null, null).status()).isEqualTo(404);
  }
}
