package nl.wmokader.adapters.rest.contracting;

import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACTS;
import static nl.wmokader.adapters.rest.contracting.ContractingApi.PROVIDERS;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract model over HTTP: providers' details and updates, open-house admission (application,
 * evidence, admission, evidence alerts), activation, suspension and reactivation, lot tariffs and
 * indexation, claim moments, the waiting-time norm, and client stops a provider asks for.
 */
class ContractModelRoutesTest {
  private static final String APPLICATION = "{\"from\":\"2026-01-01\",\"until\":\"2028-12-31\",\"products\":[\"02A01\",\"11A01\"]}";

  private static String evidence(String condition, String from, String until) {
    return "{\"condition\":\"" + condition + "\",\"reference\":\"DOC " + condition + "\",\"validFrom\":\"" + from + "\""
        + (until == null ? "" : ",\"expiresOn\":\"" + until + "\"") + "}";
  }

  /** Maasoever's application for 2026-2028, by its own staff; answers the contract's path. */
  private static String applied(ContractingApi api) {
    TestServer.Reply reply = api.server.post(PROVIDERS + "/12345678/admission-applications", "provider:12345678", APPLICATION);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return CONTRACTS + "/" + reply.json().path("id").asText();
  }

  /** Applied, every required condition evidenced, admitted and activated. */
  private static String active(ContractingApi api) {
    String path = applied(api);
    for (String condition : new String[] {"QUALITY_FRAMEWORK_DECLARATION", "CERTIFICATE", "INSURANCE", "CONDUCT_CERTIFICATE"}) {
      assertThat(api.server.post(path + "/evidence", "provider:12345678", evidence(condition, "2025-01-01", "2026-12-31"))
          .status()).isEqualTo(200);
    }
    assertThat(api.server.post(path + "/admission", "region", "").status()).isEqualTo(200);
    assertThat(api.server.post(path + "/activation", "region", "").status()).isEqualTo(200);
    return path;
  }

  // --- providers

  @Test
  void a_provider_updates_its_own_details_on_the_current_version() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String body = "{\"version\":1,\"name\":\"Zorggroep De Maasoever-West\",\"chamberOfCommerce\":\"99000002\","
          + "\"deliveryForms\":[\"PERSONAL_BUDGET\",\"IN_KIND\"],\"supervisionContact\":{\"name\":\"Piet Jansen\","
          + "\"email\":\"piet@maasoever.example\",\"phone\":\"0412 654 321\"}}";
      TestServer.Reply updated = api.server.put(PROVIDERS + "/12345678", "provider:12345678", body);
      assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
      assertThat(updated.json().path("deliveryForms").toString()).isEqualTo("[\"IN_KIND\",\"PERSONAL_BUDGET\"]");
      assertThat(updated.json().path("version").asLong()).isEqualTo(2);
      var before = api.stored();
      assertProblem(api.server.put(PROVIDERS + "/12345678", "region", body), 409, "stale_version");
      assertProblem(api.server.put(PROVIDERS + "/12345678", "provider:87654321", body), 403, "forbidden");
      assertProblem(api.server.put(PROVIDERS + "/12345678", "supervisor", body), 403, "forbidden");
      assertProblem(api.server.put(PROVIDERS + "/11111111", "region", body), 404, "not_found");
      assertProblem(api.server.put(PROVIDERS + "/12345678", null, body), 401, "actor_missing");
      TestServer.Reply bad = api.server.put(PROVIDERS + "/1234", "region", "{\"name\":\"\",\"deliveryForms\":[]}");
      assertProblem(bad, 400, "invalid_input");
      assertThat(bad.invalidParams()).containsExactly("agbCode:agb_code_format");
      TestServer.Reply badBody = api.server.put(PROVIDERS + "/12345678", "region", "{\"name\":\"\",\"deliveryForms\":[]}");
      assertThat(badBody.invalidParams()).containsExactly("version:required", "name:required", "chamberOfCommerce:required",
          "deliveryForms:required", "supervisionContact:required");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"municipality:1721", "provider:87654321"})
  void the_supervision_contact_is_not_shown_to_those_without_a_need(String actor) {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      assertThat(api.server.get(PROVIDERS + "/12345678", actor).json().has("supervisionContact")).isFalse();
      assertThat(api.server.get(PROVIDERS + "/12345678", "supervisor").json().path("supervisionContact").path("email")
          .asText()).isEqualTo("toezicht@aanbieder.example");
    }
  }

  // --- admission and lifecycle

  @Test
  void a_provider_applies_submits_evidence_and_is_admitted_activated_suspended_and_reactivated() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      TestServer.Reply reply = api.server.post(PROVIDERS + "/12345678/admission-applications", "provider:12345678", APPLICATION);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode application = reply.json();
      String path = CONTRACTS + "/" + application.path("id").asText();
      assertThat(reply.header("Location")).hasValue(path);
      assertThat(application.path("status").asText()).isEqualTo("APPLIED");
      assertThat(application.path("conditions")).hasSize(4);
      assertThat(application.path("lots").get(1).path("product").asText()).isEqualTo("11A01");

      TestServer.Reply refused = api.server.post(path + "/admission", "region", "");
      assertProblem(refused, 422, "admission_conditions_not_met");
      for (String c : new String[] {"QUALITY_FRAMEWORK_DECLARATION", "CERTIFICATE", "INSURANCE", "CONDUCT_CERTIFICATE"}) {
        TestServer.Reply given = api.server.post(path + "/evidence", "provider:12345678", evidence(c, "2025-01-01",
            c.equals("INSURANCE") ? "2025-06-20" : null));
        assertThat(given.status()).as(given.toString()).isEqualTo(200);
      }
      JsonNode alerts = api.server.get(PROVIDERS + "/12345678/evidence-alerts?withinDays=30", "supervisor").json();
      assertThat(alerts.toString()).isEqualTo("[{\"contractId\":\"" + application.path("id").asText() + "\","
          + "\"condition\":\"INSURANCE\",\"status\":\"EXPIRING\",\"lapsesOn\":\"2025-06-21\",\"lastExpiry\":\"2025-06-20\"}]");
      assertThat(api.server.get(PROVIDERS + "/12345678/evidence-alerts", "provider:87654321").json()).isEmpty();

      JsonNode admitted = api.server.post(path + "/admission", "region", "").json();
      assertThat(admitted.path("status").asText()).isEqualTo("ADMITTED");
      assertThat(admitted.path("admittedOn").asText()).isEqualTo(ContractingApi.TODAY.toString());
      assertThat(api.server.post(path + "/activation", "region", "").json().path("status").asText()).isEqualTo("ACTIVE");

      JsonNode suspended = api.server.post(path + "/suspension", "region", "{\"reason\":\"QUALITY_SIGNALS\"}").json();
      assertThat(suspended.path("status").asText()).isEqualTo("SUSPENDED");
      assertThat(suspended.path("suspension").toString())
          .isEqualTo("{\"since\":\"2025-06-01\",\"reason\":\"QUALITY_SIGNALS\"}");
      assertProblem(api.server.get("/api/v1/delivery-rights?provider=12345678&product=02A01&date=2026-02-01", "region"),
          404, "not_found");
      assertProblem(api.server.post(path + "/activation", "region", ""), 422, "wrong_status");
      JsonNode reactivated = api.server.post(path + "/reactivation", "region", "").json();
      assertThat(reactivated.path("status").asText()).isEqualTo("ACTIVE");
      assertThat(reactivated.has("suspension")).isFalse();
      assertThat(api.server.get("/api/v1/delivery-rights?provider=12345678&product=02A01&date=2026-02-01", "region")
          .status()).isEqualTo(200);
    }
  }

  @Test
  void admission_routes_answer_each_role_as_it_may() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      var before = api.stored();
      assertProblem(api.server.post(PROVIDERS + "/12345678/admission-applications", "provider:87654321", APPLICATION),
          403, "forbidden");
      assertProblem(api.server.post(PROVIDERS + "/12345678/admission-applications", "municipality:0828", APPLICATION),
          403, "forbidden");
      assertProblem(api.server.post(PROVIDERS + "/11111111/admission-applications", "region", APPLICATION), 404, "not_found");
      assertProblem(api.server.post(PROVIDERS + "/12345678/admission-applications", null, APPLICATION), 401, "actor_missing");
      assertProblem(api.server.post(PROVIDERS + "/12345678/admission-applications", "region",
          "{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"products\":[\"02A01\"]}"), 422, "not_a_procurement_period");
      assertThat(api.stored()).isEqualTo(before);

      String path = applied(api);
      var applied = api.stored();
      assertProblem(api.server.post(path + "/evidence", "provider:87654321", evidence("INSURANCE", "2025-01-01", null)),
          404, "not_found");
      assertProblem(api.server.post(path + "/evidence", "supervisor", evidence("INSURANCE", "2025-01-01", null)),
          403, "forbidden");
      assertProblem(api.server.post(path + "/evidence", "region", evidence("ISO_9001", "2025-01-01", null)),
          422, "unknown_condition");
      assertProblem(api.server.post(path + "/admission", "provider:12345678", ""), 403, "forbidden");
      assertProblem(api.server.post(path + "/activation", "region", ""), 422, "wrong_status");
      assertProblem(api.server.post(CONTRACTS + "/00000000-0000-0000-0000-00000000abcd/admission", "region", ""),
          404, "not_found");
      assertProblem(api.server.post(CONTRACTS + "/not-a-uuid/activation", "region", ""), 400, "invalid_input");
      assertProblem(api.server.get(PROVIDERS + "/12345678/evidence-alerts?withinDays=999", "region"), 400, "invalid_input");
      assertProblem(api.server.get(PROVIDERS + "/11111111/evidence-alerts", "region"), 404, "not_found");
      assertThat(api.stored()).isEqualTo(applied);
    }
  }

  // --- lots

  @Test
  void region_staff_agree_and_index_tariffs_exactly_to_the_cent() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = active(api);
      TestServer.Reply agreed = api.server.post(path + "/lots/02A01/tariffs", "region",
          "{\"from\":\"2026-01-01\",\"tariffCents\":6420}");
      assertThat(agreed.status()).as(agreed.toString()).isEqualTo(200);
      TestServer.Reply indexed = api.server.post(path + "/lots/02A01/indexations", "region",
          "{\"from\":\"2027-01-01\",\"percentage\":\"3.2\"}");
      assertThat(indexed.status()).as(indexed.toString()).isEqualTo(200);
      assertThat(indexed.json().path("lots").get(0).path("tariffs").toString()).isEqualTo(
          "[{\"from\":\"2026-01-01\",\"until\":\"2026-12-31\",\"tariffCents\":6420},"
              + "{\"from\":\"2027-01-01\",\"until\":\"2028-12-31\",\"tariffCents\":6625}]");
      assertThat(api.server.get("/api/v1/delivery-rights?provider=12345678&product=02A01&date=2027-03-01", "provider:12345678")
          .json().path("tariffCents").asLong()).isEqualTo(6625);

      var before = api.stored();
      assertProblem(api.server.post(path + "/lots/02A01/indexations", "region",
          "{\"from\":\"2029-01-01\",\"percentage\":\"3.2\"}"), 422, "indexation_outside_contract_period");
      assertProblem(api.server.post(path + "/lots/11A01/indexations", "region",
          "{\"from\":\"2027-01-01\",\"percentage\":\"3.2\"}"), 422, "no_own_tariff");
      assertProblem(api.server.post(path + "/lots/01A01/tariffs", "region",
          "{\"from\":\"2027-01-01\",\"tariffCents\":100}"), 422, "no_lot_on");
      assertProblem(api.server.post(path + "/lots/02A01/indexations", "provider:12345678",
          "{\"from\":\"2027-01-01\",\"percentage\":\"3.2\"}"), 403, "forbidden");
      TestServer.Reply bad = api.server.post(path + "/lots/02a01/indexations", "region", "{\"percentage\":3.2}");
      assertProblem(bad, 400, "invalid_input");
      assertThat(bad.invalidParams()).containsExactly("productCode:product_code_format");
      TestServer.Reply badBody = api.server.post(path + "/lots/02A01/indexations", "region",
          "{\"from\":\"2027-13-01\",\"percentage\":3.2,\"rate\":1}");
      assertThat(badBody.invalidParams()).containsExactlyInAnyOrder("from:date_format", "percentage:invalid_type",
          "rate:unknown_field");
      assertThat(api.server.post(path + "/lots/02A01/indexations", "region", "{\"from\":\"2027-01-01\",\"percentage\":\"3.125\"}")
          .invalidParams()).containsExactly("percentage:percentage_format");
      assertThat(api.server.post(path + "/lots/02A01/tariffs", "region", "{\"tariffCents\":-1}")
          .invalidParams()).containsExactly("from:required", "tariffCents:negative");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void claim_moments_are_agreed_for_an_output_based_lot_and_a_waiting_time_norm_for_the_contract() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = active(api);
      TestServer.Reply moments = api.server.put(path + "/lots/11A01/claim-moments", "region",
          "{\"date\":\"2026-01-01\",\"kind\":\"PER_MILESTONE\",\"milestones\":[\"Levering\",\"Nazorg\"]}");
      assertThat(moments.status()).as(moments.toString()).isEqualTo(200);
      assertThat(moments.json().path("lots").get(1).path("claimMoments").toString())
          .isEqualTo("{\"kind\":\"PER_MILESTONE\",\"milestones\":[\"Levering\",\"Nazorg\"]}");
      assertProblem(api.server.put(path + "/lots/02A01/claim-moments", "region",
          "{\"date\":\"2026-01-01\",\"kind\":\"END_OF_TRAJECTORY\"}"), 422, "claim_moments_not_applicable");
      assertThat(api.server.put(path + "/lots/11A01/claim-moments", "region",
          "{\"date\":\"2026-01-01\",\"kind\":\"PER_PERIOD\",\"milestones\":[]}").invalidParams())
          .containsExactly("period:required");
      assertThat(api.server.put(path + "/lots/11A01/claim-moments", "region", "{\"kind\":\"WEEKLY\"}").invalidParams())
          .containsExactlyInAnyOrder("kind:invalid_type", "date:required");

      TestServer.Reply norm = api.server.put(path + "/waiting-time-norm", "region", "{\"maxDays\":14}");
      assertThat(norm.json().path("waitingTimeMaxDays").asInt()).isEqualTo(14);
      assertThat(api.server.put(path + "/waiting-time-norm", "region", "{\"maxDays\":366}").invalidParams())
          .containsExactly("maxDays:out_of_range");
      assertProblem(api.server.put(path + "/waiting-time-norm", "municipality:0828", "{\"maxDays\":7}"), 403, "forbidden");
      assertThat(api.server.get(path, "region").json().path("waitingTimeMaxDays").asInt()).isEqualTo(14);
    }
  }

  // --- client stops asked for by the provider

  @Test
  void a_requested_client_stop_is_in_force_only_once_the_region_consents() {
    try (ContractingApi api = new ContractingApi().withProviders()) {
      String path = active(api);
      String may = "{\"from\":\"2026-05-01\",\"until\":\"2026-05-31\",\"explanation\":\"Personeelstekort\"}";
      assertProblem(api.server.post(path + "/client-stop-requests", "region", may), 403, "forbidden");
      assertProblem(api.server.post(path + "/client-stop-requests", "provider:87654321", may), 404, "not_found");
      TestServer.Reply requested = api.server.post(path + "/client-stop-requests", "provider:12345678", may);
      assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
      JsonNode request = requested.json().path("clientStopRequests").get(0);
      assertThat(request.path("status").asText()).isEqualTo("PENDING");
      assertThat(requested.json().path("clientStops")).isEmpty();
      String requestPath = path + "/client-stop-requests/" + request.path("id").asText();

      assertProblem(api.server.post(requestPath + "/consent", "provider:12345678", ""), 403, "forbidden");
      JsonNode consented = api.server.post(requestPath + "/consent", "region", "").json();
      assertThat(consented.path("clientStops").toString())
          .isEqualTo("[{\"from\":\"2026-05-01\",\"until\":\"2026-05-31\",\"reason\":\"PROVIDER_REQUEST\"}]");
      assertThat(consented.path("clientStopRequests").get(0).path("status").asText()).isEqualTo("CONSENTED");
      assertProblem(api.server.post(requestPath + "/refusal", "region", ""), 422, "client_stop_request_decided");
      assertProblem(api.server.post(path + "/client-stop-requests/00000000-0000-0000-0000-00000000abcd/refusal", "region",
          ""), 404, "not_found");
      assertThat(api.server.post(path + "/client-stop-requests/x/refusal", "region", "").invalidParams())
          .containsExactly("requestId:uuid_format");
      assertThat(api.server.post(path + "/client-stop-requests", "provider:12345678",
          "{\"from\":\"2026-05-01\",\"until\":\"2026-04-30\"}").invalidParams())
          .containsExactly("until:before_start", "explanation:required");
      assertProblem(api.server.get("/api/v1/delivery-rights?provider=12345678&product=02A01&date=2026-05-15", "region"),
          404, "not_found");
    }
  }
}
