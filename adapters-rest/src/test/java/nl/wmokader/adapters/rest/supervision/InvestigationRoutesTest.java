package nl.wmokader.adapters.rest.supervision;

import static nl.wmokader.adapters.rest.supervision.SupervisionApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.MAASOEVER;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Investigations over HTTP: the lifecycle, findings, outcomes and their effects, follow-up, scope and refusals. */
class InvestigationRoutesTest {
  private static final String INVESTIGATIONS = "/api/v1/investigations";

  @Test
  void an_investigation_on_signals_is_opened_201_with_location_and_read_back() {
    try (SupervisionApi api = new SupervisionApi()) {
      String signal = api.signal(MAASOEVER);
      TestServer.Reply reply = api.server.post(INVESTIGATIONS, "supervisor", "{\"provider\":\"" + MAASOEVER
          + "\",\"signals\":[\"" + signal + "\"],\"scope\":\"QUALITY\",\"deliveryForm\":\"IN_KIND\"}");

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode i = reply.json();
      assertThat(reply.header("Location")).hasValue("/api/v1/investigations/" + i.path("id").asText());
      assertThat(i.path("trigger").asText()).isEqualTo("SIGNALS");
      assertThat(i.path("signals").get(0).asText()).isEqualTo(signal);
      assertThat(i.path("status").asText()).isEqualTo("OPENED");
      assertThat(i.path("openedOn").asText()).isEqualTo("2026-03-05");
      assertThat(api.server.get("/api/v1/signals", "region").json().path("items").get(0).path("status").asText())
          .isEqualTo("LINKED");

      assertThat(api.server.get(INVESTIGATIONS + "/" + i.path("id").asText(), AS_MAASOEVER).json().path("scope").asText())
          .isEqualTo("QUALITY");
      assertProblem(api.server.post(INVESTIGATIONS, "region", "{\"provider\":\"" + MAASOEVER
          + "\",\"signals\":[\"" + signal + "\"],\"scope\":\"QUALITY\",\"deliveryForm\":\"IN_KIND\"}"), 422, "signal_not_open");
    }
  }

  @Test
  void a_provider_sees_only_its_own_investigations_and_a_member_none() {
    try (SupervisionApi api = new SupervisionApi()) {
      String own = api.investigation(MAASOEVER);
      String other = api.investigation(ZORGKRACHT);

      JsonNode mine = api.server.get(INVESTIGATIONS, AS_MAASOEVER).json();
      assertThat(mine.path("items")).hasSize(1);
      assertThat(mine.path("items").get(0).path("id").asText()).isEqualTo(own);
      assertThat(api.server.get(INVESTIGATIONS, "region").json().path("totalItems").asLong()).isEqualTo(2);
      assertThat(api.server.get(INVESTIGATIONS + "?provider=" + ZORGKRACHT, "supervisor").json()
          .path("items").get(0).path("id").asText()).isEqualTo(other);
      assertProblem(api.server.get(INVESTIGATIONS + "/" + other, AS_MAASOEVER), 404, "not_found");
      assertProblem(api.server.get(INVESTIGATIONS + "/" + ABSENT_ID, "region"), 404, "not_found");
      assertProblem(api.server.get(INVESTIGATIONS + "/" + own, BERNHEZE_STAFF), 403, "forbidden");
      assertProblem(api.server.get(INVESTIGATIONS, BERNHEZE_STAFF), 403, "forbidden");
      assertProblem(api.server.get(INVESTIGATIONS, null), 401, "actor_missing");
      assertThat(api.server.get(INVESTIGATIONS + "/x", "region").invalidParams()).containsExactly("investigationId:uuid_format");
      assertProblem(api.server.post(INVESTIGATIONS, AS_MAASOEVER,
          "{\"provider\":\"" + MAASOEVER + "\",\"scope\":\"BOTH\",\"deliveryForm\":\"IN_KIND\"}"), 403, "forbidden");
      assertThat(api.server.post(INVESTIGATIONS, "region", "{\"provider\":\"99999999\",\"signals\":[\"x\"]}").invalidParams())
          .contains("signals[0]:uuid_format", "scope:required", "deliveryForm:required");
    }
  }

  @Test
  void the_steps_go_in_order_with_findings_and_an_improvement_point_followed_up_before_closing() {
    try (SupervisionApi api = new SupervisionApi()) {
      String id = api.investigation(MAASOEVER);
      String one = INVESTIGATIONS + "/" + id;
      assertProblem(api.server.post(one + "/steps", "region", "{\"to\":\"DRAFT_REPORT\"}"), 422, "not_in_step");
      assertProblem(api.server.post(one + "/findings", "region",
          "{\"normCode\":\"K3\",\"normName\":\"Veiligheid\",\"verdict\":\"MEETS\"}"), 422, "not_in_step");
      api.ok(200, one + "/steps", "region", "{\"to\":\"INVESTIGATING\"}");
      JsonNode found = api.ok(200, one + "/findings", "supervisor",
          "{\"normCode\":\"K3\",\"normName\":\"Veiligheid\",\"verdict\":\"PARTLY_MEETS\",\"note\":\"Risicotaxaties ontbreken\"}");
      assertThat(found.path("findings").get(0).path("verdict").asText()).isEqualTo("PARTLY_MEETS");
      assertThat(api.server.post(one + "/findings", "region", "{\"verdict\":\"GOOD\"}").invalidParams())
          .contains("normCode:required", "normName:required").anyMatch(p -> p.startsWith("verdict:"));
      api.ok(200, one + "/steps", "region", "{\"to\":\"DRAFT_REPORT\"}");
      assertThat(api.server.post(one + "/steps", "region", "{\"to\":\"PROVIDER_RESPONSE\"}").status()).isEqualTo(400);
      JsonNode responding = api.ok(200, one + "/steps", "region", "{\"to\":\"PROVIDER_RESPONSE\",\"responseDue\":\"2026-03-20\"}");
      assertThat(responding.path("responseDue").asText()).isEqualTo("2026-03-20");
      api.ok(200, one + "/steps", "region", "{\"to\":\"FINAL_REPORT\"}");

      assertProblem(api.server.post(one + "/outcomes", "region", "{\"type\":\"NO_FINDINGS\"}"), 422, "contradictory_outcome");
      JsonNode withPoint = api.ok(200, one + "/outcomes", "region",
          "{\"type\":\"IMPROVEMENT_POINT\",\"description\":\"Risicotaxatie per cliënt\",\"deadline\":\"2026-04-01\"}");
      assertThat(withPoint.path("outcomes").get(0).toString()).isEqualTo(
          "{\"type\":\"IMPROVEMENT_POINT\",\"description\":\"Risicotaxatie per cliënt\",\"deadline\":\"2026-04-01\"}");
      assertProblem(api.server.post(one + "/steps", "region", "{\"to\":\"CLOSED\"}"), 422, "not_in_step");
      assertProblem(api.server.post(one + "/improvement-points/0/follow-up", "region", "{}"), 422, "not_in_step");
      api.ok(200, one + "/steps", "region", "{\"to\":\"FOLLOW_UP\"}");

      api.clock.set(LocalDate.of(2026, 4, 2));
      JsonNode overdue = api.server.get("/api/v1/overdue-improvement-points", "supervisor").json();
      assertThat(overdue.path("items").get(0).toString()).isEqualTo("{\"investigation\":\"" + id + "\",\"provider\":\""
          + MAASOEVER + "\",\"index\":0,\"description\":\"Risicotaxatie per cliënt\",\"deadline\":\"2026-04-01\"}");
      assertProblem(api.server.get("/api/v1/overdue-improvement-points", AS_MAASOEVER), 403, "forbidden");
      assertProblem(api.server.post(one + "/steps", "region", "{\"to\":\"CLOSED\"}"), 422, "open_improvement_points");
      assertProblem(api.server.post(one + "/improvement-points/1/follow-up", "region", "{}"), 422,
          "no_such_improvement_point");
      assertThat(api.server.post(one + "/improvement-points/-1/follow-up", "region", "{}").invalidParams())
          .containsExactly("index:invalid_type");
      JsonNode followed = api.ok(200, one + "/improvement-points/0/follow-up", "region", "{}");
      assertThat(followed.path("outcomes").get(0).path("followedUpOn").asText()).isEqualTo("2026-04-02");
      assertThat(api.server.get("/api/v1/overdue-improvement-points", "region").json().path("items")).isEmpty();
      assertThat(api.ok(200, one + "/steps", "region", "{\"to\":\"CLOSED\"}").path("status").asText()).isEqualTo("CLOSED");
      assertProblem(api.server.post(one + "/findings", "region",
          "{\"normCode\":\"K3\",\"normName\":\"Veiligheid\",\"verdict\":\"MEETS\"}"), 422, "closed");
    }
  }

  @Test
  void a_provider_reports_a_measure_imposed_on_it_and_the_outcome_shows_both_days() {
    try (SupervisionApi api = new SupervisionApi()) {
      String one = INVESTIGATIONS + "/" + api.inFinalReport(MAASOEVER);
      JsonNode decided = api.ok(200, one + "/outcomes", "supervisor", "{\"type\":\"FRAUD_REPORT\",\"reportedTo\":\"Politie\"}");
      String today = api.clock.today().toString();
      assertThat(decided.path("outcomes").get(0).path("decidedOn").asText()).isEqualTo(today);
      assertThat(decided.path("outcomes").get(0).has("reportedOn")).isFalse();

      // Staff record the provider's report and must say when; another provider does not see the investigation.
      assertThat(api.server.post(one + "/outcomes/0/report", "region", "{}").invalidParams())
          .containsExactly("reportedOn:required");
      assertProblem(api.server.post(one + "/outcomes/0/report", AS_ZORGKRACHT, "{}"), 404, "not_found");
      assertProblem(api.server.post(one + "/outcomes/1/report", AS_MAASOEVER, "{}"), 422, "no_such_measure");
      JsonNode reported = api.ok(200, one + "/outcomes/0/report", AS_MAASOEVER, "{}");
      assertThat(reported.path("outcomes").get(0).path("reportedOn").asText()).isEqualTo(today);
      assertProblem(api.server.post(one + "/outcomes/0/report", "region", "{\"reportedOn\":\"" + today + "\"}"), 422,
          "measure_already_reported");
    }
  }

  @Test
  void a_recovery_naming_a_municipality_outside_the_region_stores_nothing() {
    try (SupervisionApi api = new SupervisionApi()) {
      String one = INVESTIGATIONS + "/" + api.inFinalReport(MAASOEVER);
      String refused = "{\"type\":\"RECOVERY\",\"parts\":[{\"municipality\":\"1721\",\"amountCents\":125000},"
          + "{\"municipality\":\"0363\",\"amountCents\":5000}]}";
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThat(api.server.post(one + "/outcomes", "region", refused).invalidParams())
            .containsExactly("parts[1].municipality:not_a_member");
      }
      assertThat(api.server.get(one, "region").json().path("outcomes")).isEmpty();
      assertThat(api.server.get("/api/v1/settlements/1721/2026-03", "region").json().path("recoveredCents").asLong())
          .isZero();
      // corrected, the recovery takes full effect
      assertThat(api.ok(200, one + "/outcomes", "region", refused.replace("0363", "0828")).path("outcomes")).hasSize(1);
      assertThat(api.server.get("/api/v1/settlements/1721/2026-03", "region").json().path("recoveredCents").asLong())
          .isEqualTo(-125_000);
      assertThat(api.server.get("/api/v1/settlements/0828/2026-03", "region").json().path("recoveredCents").asLong())
          .isEqualTo(-5_000);
    }
  }

  @Test
  void a_recovery_outcome_shows_in_each_members_settlement_and_members_are_informed() {
    try (SupervisionApi api = new SupervisionApi()) {
      String one = INVESTIGATIONS + "/" + api.inFinalReport(MAASOEVER);
      JsonNode i = api.ok(200, one + "/outcomes", "supervisor", "{\"type\":\"RECOVERY\",\"parts\":["
          + "{\"municipality\":\"1721\",\"amountCents\":125000},{\"municipality\":\"0828\",\"amountCents\":5000}]}");
      assertThat(i.path("outcomes").get(0).path("totalCents").asLong()).isEqualTo(130_000);

      JsonNode march = api.server.get("/api/v1/settlements/1721/2026-03", BERNHEZE_STAFF).json();
      assertThat(march.path("recoveredCents").asLong()).isEqualTo(-125_000);
      assertThat(march.path("recoveries").get(0).path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(api.server.get("/api/v1/settlements/0828/2026-03", "region").json().path("recoveredCents").asLong())
          .isEqualTo(-5_000);

      // the same measure again is a retry: not added twice, not recovered twice
      assertThat(api.ok(200, one + "/outcomes", "region", "{\"type\":\"RECOVERY\",\"parts\":["
          + "{\"municipality\":\"1721\",\"amountCents\":125000},{\"municipality\":\"0828\",\"amountCents\":5000}]}")
          .path("outcomes")).hasSize(1);
      assertThat(api.server.get("/api/v1/settlements/1721/2026-03", "region").json().path("recoveredCents").asLong())
          .isEqualTo(-125_000);

      assertProblem(api.server.post(one + "/outcomes", "region",
          "{\"type\":\"RECOVERY\",\"parts\":[{\"municipality\":\"1721\",\"amountCents\":0}]}"), 422, "amount_not_positive");
      assertThat(api.server.post(one + "/outcomes", "region",
          "{\"type\":\"RECOVERY\",\"parts\":[{\"municipality\":\"17\"}],\"from\":\"2026-04-01\"}").invalidParams())
          .containsExactlyInAnyOrder("from:not_allowed", "parts[0].municipality:municipality_code_format",
              "parts[0].amountCents:required");
      assertThat(api.server.post(one + "/outcomes", "region", "{\"type\":\"WARNING\"}").invalidParams())
          .containsExactly("type:invalid_value");

      JsonNode informed = api.ok(200, one + "/informed-members", "region", "{\"municipalities\":[\"1721\",\"0828\"]}");
      assertThat(informed.path("informed").toString()).isEqualTo(
          "[{\"municipality\":\"1721\",\"on\":\"2026-03-05\"},{\"municipality\":\"0828\",\"on\":\"2026-03-05\"}]");
      assertProblem(api.server.post(one + "/informed-members", "region", "{}"), 422, "no_members");
      assertThat(api.server.post(one + "/informed-members", "region", "{\"municipalities\":[\"1721\",\"0363\"]}")
          .invalidParams()).as("the entry that is wrong, by its index").containsExactly("municipalities[1]:not_a_member");
      assertProblem(api.server.post(one + "/outcomes", AS_MAASOEVER, "{\"type\":\"FRAUD_REPORT\",\"reportedTo\":\"OM\"}"),
          403, "forbidden");
    }
  }

  @Test
  void a_client_stop_outcome_ends_the_providers_delivery_right_for_new_assignments() {
    try (SupervisionApi api = new SupervisionApi()) {
      String rights = "/api/v1/delivery-rights?provider=" + MAASOEVER + "&product=02A01&date=2026-04-01";
      TestServer.Reply before = api.server.get(rights, "region");
      String one = INVESTIGATIONS + "/" + api.inFinalReport(MAASOEVER);
      assertProblem(api.server.post(one + "/outcomes", "region", "{\"type\":\"CLIENT_STOP\",\"from\":\"2026-03-01\"}"),
          422, "date_in_past");

      JsonNode i = api.ok(200, one + "/outcomes", "region",
          "{\"type\":\"CLIENT_STOP\",\"from\":\"2026-03-10\",\"until\":\"2026-06-30\"}");
      assertThat(i.path("outcomes").get(0).toString())
          .isEqualTo("{\"type\":\"CLIENT_STOP\",\"from\":\"2026-03-10\",\"until\":\"2026-06-30\","
              + "\"decidedOn\":\"2026-03-05\"}");

      assertThat(before.status()).as(before.toString()).isEqualTo(200);
      assertProblem(api.server.get(rights, "region"), 404, "not_found");
      assertThat(api.server.get("/api/v1/delivery-rights?provider=" + ZORGKRACHT + "&product=02A01&date=2026-04-01",
          "region").status()).isEqualTo(200);
    }
  }

  @Test
  void the_proactive_selection_is_computed_200_and_repeatable() {
    try (SupervisionApi api = new SupervisionApi()) {
      TestServer.Reply reply = api.server.post("/api/v1/proactive-selections", "region", "{\"seed\":20260105}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode s = reply.json();
      assertThat(s.path("asOf").asText()).isEqualTo("2026-03-05");
      assertThat(s.path("seed").asLong()).isEqualTo(20260105);
      assertThat(s.path("terms").path("capacity").asInt()).isEqualTo(12);
      assertThat(s.path("selected").findValuesAsText("provider")).containsExactlyInAnyOrder(MAASOEVER, ZORGKRACHT);
      assertThat(api.server.post("/api/v1/proactive-selections", "supervisor", "{\"seed\":20260105}").json()).isEqualTo(s);
      assertThat(api.server.post("/api/v1/proactive-selections", "region", "{\"asOf\":\"2026-13-01\"}").invalidParams())
          .containsExactlyInAnyOrder("asOf:date_format", "seed:required");
      assertProblem(api.server.post("/api/v1/proactive-selections", AS_ZORGKRACHT, "{\"seed\":1}"), 403, "forbidden");
    }
  }
}
