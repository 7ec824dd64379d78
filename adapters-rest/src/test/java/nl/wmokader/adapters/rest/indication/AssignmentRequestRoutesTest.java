package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.NOT_CONTRACTED;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;

/** Providers' requests (iWmo 315/317 in JSON) over HTTP: submitting, answering, scope and refusals. */
class AssignmentRequestRoutesTest {
  private static final String REQUESTS = "/api/v1/assignment-requests";
  private static final String CHANGES = "/api/v1/assignment-change-requests";

  static String requestBody(String provider, Bsn client, String reference) {
    return "{\"municipality\":\"1721\",\"provider\":\"" + provider + "\",\"client\":\"" + client.value() + "\","
        + "\"reference\":\"" + reference + "\",\"category\":\"02\",\"product\":\"02A01\","
        + "\"volume\":{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},"
        + "\"start\":\"2026-02-01\",\"end\":\"2026-12-31\"}";
  }

  @Test
  void a_provider_requests_and_the_municipality_grants_issuing_the_assignment() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      api.granted(client);
      TestServer.Reply reply = api.server.post(REQUESTS, AS_MAASOEVER, requestBody(MAASOEVER, client, "VZ-1"));
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode r = reply.json();
      String id = r.path("id").asText();
      assertThat(reply.header("Location")).hasValue(REQUESTS + "/" + id);
      assertThat(r.path("kind").asText()).isEqualTo("ASSIGNMENT");
      assertThat(r.path("status").asText()).isEqualTo("OPEN");
      assertThat(r.path("reference").asText()).isEqualTo("VZ-1");
      assertThat(r.path("categoryCode").asText()).isEqualTo("02");
      assertThat(r.path("client").asText()).isEqualTo(client.value());
      assertThat(r.has("outcome") || r.has("refusalReason") || r.has("answeredOn")).isFalse();

      TestServer.Reply granted = api.server.post(REQUESTS + "/" + id + "/grant", BERNHEZE_STAFF, "{}");
      assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
      assertThat(granted.json().path("status").asText()).isEqualTo("GRANTED");
      String assignment = granted.json().path("outcome").asText();
      assertThat(api.stored(assignment).provider().value()).isEqualTo(MAASOEVER);
      assertThat(api.stored(assignment).status()).isEqualTo(AssignmentStatus.ASSIGNED);

      assertProblem(api.server.post(REQUESTS + "/" + id + "/refuse", BERNHEZE_STAFF, "{\"reason\":\"4\"}"), 422,
          "already_answered");
      assertThat(api.server.get(REQUESTS + "/" + id, AS_MAASOEVER).json().path("status").asText()).isEqualTo("GRANTED");
    }
  }

  @Test
  void a_refusal_carries_the_standards_reason_and_code() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String id = api.server.post(REQUESTS, AS_MAASOEVER, requestBody(MAASOEVER, client, "VZ-1")).json().path("id").asText();
      assertProblem(api.server.post(REQUESTS + "/" + id + "/grant", BERNHEZE_STAFF, "{}"), 422, "no_indication");
      assertProblem(api.server.post(REQUESTS + "/" + id + "/refuse", BERNHEZE_STAFF, "{\"reason\":\"10\"}"), 400,
          "invalid_input");
      TestServer.Reply refused = api.server.post(REQUESTS + "/" + id + "/refuse", BERNHEZE_STAFF, "{\"reason\":\"7\"}");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
      assertThat(refused.json().path("refusalReason").asText()).isEqualTo("CARE_CONTENT");
      assertThat(refused.json().path("refusalReasonCode").asText()).isEqualTo("7");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void a_request_is_the_asking_providers_and_the_municipality_asked() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      assertProblem(api.server.post(REQUESTS, AS_ZORGKRACHT, requestBody(MAASOEVER, client, "VZ-1")), 403, "forbidden");
      assertProblem(api.server.post(REQUESTS, BERNHEZE_STAFF, requestBody(MAASOEVER, client, "VZ-1")), 403, "forbidden");
      TestServer.Reply uncontracted = api.server.post(REQUESTS, "provider:" + NOT_CONTRACTED,
          requestBody(NOT_CONTRACTED, client, "VZ-1"));
      assertThat(uncontracted.status()).as(uncontracted.toString()).isEqualTo(201);
      assertThat(uncontracted.json().path("status").asText()).isEqualTo("REFUSED");
      assertThat(uncontracted.json().path("refusalReasonCode").asText()).isEqualTo("3");
      String id = api.server.post(REQUESTS, AS_MAASOEVER, requestBody(MAASOEVER, client, "VZ-1")).json().path("id").asText();
      assertProblem(api.server.post(REQUESTS, AS_MAASOEVER, requestBody(MAASOEVER, client, "VZ-1")), 409, "duplicate");

      assertProblem(api.server.get(REQUESTS + "/" + id, AS_ZORGKRACHT), 404, "not_found");
      assertProblem(api.server.get(REQUESTS + "/" + id, BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.post(REQUESTS + "/" + id + "/refuse", BOEKEL_STAFF, "{\"reason\":\"5\"}"), 404, "not_found");
      assertProblem(api.server.post(REQUESTS + "/" + id + "/refuse", AS_MAASOEVER, "{\"reason\":\"5\"}"), 403, "forbidden");
      assertThat(api.server.get(REQUESTS, AS_ZORGKRACHT).json().path("items")).isEmpty();
      assertThat(api.server.get(REQUESTS + "?status=OPEN", BERNHEZE_STAFF).json().path("items")).hasSize(1);
      assertThat(api.server.get(REQUESTS + "?reference=VZ-1&provider=" + MAASOEVER, AS_MAASOEVER).json().path("items"))
          .hasSize(1);
      assertThat(api.server.get(REQUESTS + "?provider=" + MAASOEVER, AS_ZORGKRACHT).json().path("items")).isEmpty();
      assertThat(api.server.get(REQUESTS + "?status=GRANTED", "region").json().path("items")).isEmpty();
      assertThat(api.server.get(REQUESTS + "?client=" + client.value(), BERNHEZE_STAFF).invalidParams())
          .containsExactly("client:not_allowed");
      assertProblem(api.server.get(REQUESTS + "/not-a-uuid", AS_MAASOEVER), 400, "invalid_input");
    }
  }

  @Test
  void a_change_request_granted_changes_the_providers_own_assignment() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String assignment = api.issued(api.granted(client), MAASOEVER);
      String number = api.server.get("/api/v1/assignments/" + assignment, AS_MAASOEVER).json().path("number").asText();
      String change = "{\"municipality\":\"1721\",\"provider\":\"" + MAASOEVER + "\",\"client\":\"" + client.value()
          + "\",\"reference\":\"VW-1\",\"assignment\":\"" + number + "\",\"changeDate\":\"2026-03-01\","
          + "\"newVolume\":{\"quantity\":5,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},\"newEnd\":\"2026-12-31\"}";
      assertProblem(api.server.post(CHANGES, AS_ZORGKRACHT, change.replace(MAASOEVER, ZORGKRACHT)), 404, "not_found");
      TestServer.Reply reply = api.server.post(CHANGES, AS_MAASOEVER, change);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().path("kind").asText()).isEqualTo("CHANGE");
      assertThat(reply.json().path("assignment").asText()).isEqualTo(number);
      assertThat(reply.json().has("end")).isFalse();

      TestServer.Reply granted = api.server.post(REQUESTS + "/" + reply.json().path("id").asText() + "/grant", "region", "{}");
      assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
      String replacement = granted.json().path("outcome").asText();
      assertThat(api.stored(assignment).status()).isEqualTo(AssignmentStatus.ENDED);
      assertThat(api.stored(replacement).volume().get().quantity()).isEqualTo(5);
    }
  }
}
