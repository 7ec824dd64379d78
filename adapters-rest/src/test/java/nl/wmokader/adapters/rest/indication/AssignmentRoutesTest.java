package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.NOT_CONTRACTED;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.issueBody;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The municipality's side of assignments and reading them, over HTTP: the happy paths, scope and refusals. */
class AssignmentRoutesTest {
  private static final String ASSIGNMENTS = "/api/v1/assignments";

  @Test
  void municipality_staff_issue_an_assignment_answered_201_with_its_location() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      IndicationId indication = api.granted(client);
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, issueBody(indication, MAASOEVER));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.contentType()).startsWith("application/json");
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode a = reply.json();
      String id = a.path("id").asText();
      assertThat(reply.header("Location")).hasValue(ASSIGNMENTS + "/" + id);
      assertThat(a.path("indication").asText()).isEqualTo(indication.toString());
      assertThat(a.path("client").asText()).isEqualTo(client.value());
      assertThat(a.path("responsibleMunicipality").asText()).isEqualTo("1721");
      assertThat(a.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(a.path("type").asText()).isEqualTo("SPECIFIC");
      assertThat(a.path("category").asText()).isEqualTo("GUIDANCE");
      assertThat(a.path("categoryCode").asText()).isEqualTo("02");
      assertThat(a.path("product").asText()).isEqualTo("02A01");
      assertThat(a.path("volume").toString()).isEqualTo("{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}");
      assertThat(a.path("start").asText()).isEqualTo("2026-02-01");
      assertThat(a.path("end").asText()).isEqualTo("2026-12-31");
      assertThat(a.path("assignedOn").asText()).isEqualTo("2026-01-29");
      assertThat(a.path("status").asText()).isEqualTo("ASSIGNED");
      assertThat(a.path("number").asText()).isEqualTo("1");   // Bernheze's first
      assertThat(a.has("deliveryStart") || a.has("stop") || a.has("replaces") || a.has("attributedTo")).isFalse();
      assertThat(api.stored()).hasSize(1);
      assertThat(api.stored(id).status()).isEqualTo(AssignmentStatus.ASSIGNED);

      TestServer.Reply read = api.server.get(reply.header("Location").get(), BERNHEZE_STAFF);
      assertThat(read.status()).as(read.toString()).isEqualTo(200);
      assertThat(read.json()).isEqualTo(a);
    }
  }

  @Test
  void region_staff_issue_too_and_a_specific_assignment_without_a_product_takes_the_grants() {
    try (AssignmentApi api = new AssignmentApi()) {
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, "region", "{\"indication\":\"" + api.granted()
          + "\",\"provider\":\"" + MAASOEVER + "\",\"type\":\"SPECIFIC\",\"volume\":{\"quantity\":2,\"unit\":\"HOUR\","
          + "\"frequency\":\"PER_WEEK\"},\"start\":\"2026-03-01\",\"end\":\"2026-06-30\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().path("product").asText()).isEqualTo("02A01");
      assertThat(reply.json().path("end").asText()).isEqualTo("2026-06-30");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {AS_MAASOEVER, "supervisor"})
  void providers_and_the_supervisor_may_not_issue(String actor) {
    try (AssignmentApi api = new AssignmentApi()) {
      assertProblem(api.server.post(ASSIGNMENTS, actor, issueBody(api.granted(), MAASOEVER)), 403, "forbidden");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void another_municipality_issuing_on_the_case_hears_it_does_not_exist() {
    try (AssignmentApi api = new AssignmentApi()) {
      IndicationId indication = api.granted();
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, BOEKEL_STAFF, issueBody(indication, MAASOEVER));
      assertProblem(reply, 404, "not_found");
      assertProblem(api.server.post(ASSIGNMENTS, BERNHEZE_STAFF,
          issueBody(new IndicationId(java.util.UUID.fromString(ABSENT_ID)), MAASOEVER)), 404, "not_found");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void an_assignment_may_be_issued_with_the_municipality_s_own_number_once() {
    try (AssignmentApi api = new AssignmentApi()) {
      String numbered = issueBody(api.granted(), MAASOEVER).replace("\"start\"", "\"number\":\"000123\",\"start\"");
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, numbered);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.json().path("number").asText()).isEqualTo("123");

      var before = api.stored();
      String again = issueBody(api.granted(), MAASOEVER).replace("\"start\"", "\"number\":\"123\",\"start\"");
      assertProblem(api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, again), 409, "duplicate");
      String malformed = issueBody(api.granted(), MAASOEVER).replace("\"start\"", "\"number\":\"12a\",\"start\"");
      TestServer.Reply bad = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, malformed);
      assertProblem(bad, 400, "invalid_input");
      assertThat(bad.invalidParams()).containsExactly("number:assignment_number_format");
      assertThat(api.stored()).isEqualTo(before);
      // the next one without a number follows the chosen one
      TestServer.Reply next = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, issueBody(api.granted(), MAASOEVER));
      assertThat(next.json().path("number").asText()).isEqualTo("124");
    }
  }

  @Test
  void issuing_the_same_product_twice_to_the_provider_is_stacking() {
    try (AssignmentApi api = new AssignmentApi()) {
      IndicationId indication = api.granted();
      api.issued(indication, MAASOEVER);
      var before = api.stored();
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, issueBody(indication, MAASOEVER));
      assertProblem(reply, 422, "stacking");
      assertThat(reply.body()).doesNotContain(before.head().client().value());
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_provider_without_a_contract_cannot_be_assigned() {
    try (AssignmentApi api = new AssignmentApi()) {
      assertProblem(api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, issueBody(api.granted(), NOT_CONTRACTED)),
          422, "provider_not_contracted");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void an_application_without_a_decision_has_nothing_to_assign() {
    try (AssignmentApi api = new AssignmentApi()) {
      assertProblem(api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, issueBody(api.applied(), MAASOEVER)), 422, "not_granted");
      assertThat(api.stored()).isEmpty();
    }
  }

  @Test
  void the_cores_own_field_rules_come_back_as_invalid_params() {
    try (AssignmentApi api = new AssignmentApi()) {
      TestServer.Reply reply = api.server.post(ASSIGNMENTS, BERNHEZE_STAFF, "{\"indication\":\"" + api.granted()
          + "\",\"provider\":\"" + MAASOEVER + "\",\"type\":\"GENERIC\",\"product\":\"02A01\",\"volume\":{\"quantity\":3,"
          + "\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},\"start\":\"2026-02-01\"}");
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactlyInAnyOrder("product:not_allowed", "volume:unit_euros", "end:required");
      assertThat(api.stored()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", BERNHEZE_STAFF, AS_MAASOEVER})
  void the_region_the_cases_municipality_and_its_own_provider_read_an_assignment(String actor) {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      TestServer.Reply reply = api.server.get(ASSIGNMENTS + "/" + id, actor);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("id").asText()).isEqualTo(id);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {BOEKEL_STAFF, AS_ZORGKRACHT})
  void to_anyone_else_an_assignment_does_not_exist(String actor) {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      JsonNode theirs = assertProblem(api.server.get(ASSIGNMENTS + "/" + id, actor), 404, "not_found");
      JsonNode absent = assertProblem(api.server.get(ASSIGNMENTS + "/" + ABSENT_ID, actor), 404, "not_found");
      assertThat(theirs.path("title")).isEqualTo(absent.path("title"));
      assertThat(theirs.has("invalidParams")).isEqualTo(absent.has("invalidParams"));
    }
  }

  @Test
  void the_supervisor_reads_no_assignments() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      assertProblem(api.server.get(ASSIGNMENTS + "/" + id, "supervisor"), 403, "forbidden");
      assertProblem(api.server.get(ASSIGNMENTS, "supervisor"), 403, "forbidden");
      assertProblem(api.server.post(ASSIGNMENTS + "/searches", "supervisor", "{}"), 403, "forbidden");
    }
  }

  @Test
  void each_party_lists_what_is_theirs() {
    try (AssignmentApi api = new AssignmentApi()) {
      String maasoever = api.issued(MAASOEVER);
      String zorgkracht = api.issued(ZORGKRACHT);
      assertThat(ids(api.server.get(ASSIGNMENTS, "region"))).containsExactlyInAnyOrder(maasoever, zorgkracht);
      assertThat(ids(api.server.get(ASSIGNMENTS, BERNHEZE_STAFF))).containsExactlyInAnyOrder(maasoever, zorgkracht);
      assertThat(ids(api.server.get(ASSIGNMENTS, BOEKEL_STAFF))).isEmpty();
      assertThat(ids(api.server.get(ASSIGNMENTS, AS_MAASOEVER))).containsExactly(maasoever);
      assertThat(ids(api.server.get(ASSIGNMENTS, AS_ZORGKRACHT))).containsExactly(zorgkracht);
      assertThat(ids(api.server.get(ASSIGNMENTS + "?provider=" + ZORGKRACHT, AS_MAASOEVER))).isEmpty();
      assertThat(ids(api.server.get(ASSIGNMENTS + "?provider=" + ZORGKRACHT, "region"))).containsExactly(zorgkracht);
    }
  }

  @Test
  void the_list_filters_by_indication_and_status_and_pages_keeping_the_filters() {
    try (AssignmentApi api = new AssignmentApi()) {
      IndicationId indication = api.granted();
      String first = api.issued(indication, MAASOEVER);
      api.issued(ZORGKRACHT);
      String started = api.delivering(ZORGKRACHT);

      assertThat(ids(api.server.get(ASSIGNMENTS + "?indication=" + indication, "region"))).containsExactly(first);
      assertThat(ids(api.server.get(ASSIGNMENTS + "?status=DELIVERING", BERNHEZE_STAFF))).containsExactly(started);
      assertThat(ids(api.server.get(ASSIGNMENTS + "?status=STOPPED", BERNHEZE_STAFF))).isEmpty();

      TestServer.Reply page = api.server.get(ASSIGNMENTS + "?status=ASSIGNED&pageSize=1", "region");
      assertThat(page.status()).as(page.toString()).isEqualTo(200);
      JsonNode body = page.json();
      assertThat(body.path("items")).hasSize(1);
      assertThat(body.path("page").asInt()).isZero();
      assertThat(body.path("pageSize").asInt()).isEqualTo(1);
      assertThat(body.path("totalItems").asLong()).isEqualTo(2);
      assertThat(body.path("totalPages").asLong()).isEqualTo(2);
      String next = body.path("links").path("next").path("href").asText();
      assertThat(next).contains("status=ASSIGNED").contains("page=1");
      JsonNode second = api.server.get(next, "region").json();
      assertThat(second.path("items")).hasSize(1);
      assertThat(second.path("items").get(0).path("id")).isNotEqualTo(body.path("items").get(0).path("id"));
    }
  }

  @Test
  void a_client_filter_in_the_url_is_refused_without_echoing_it() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      api.issued(api.granted(client), MAASOEVER);
      TestServer.Reply reply = api.server.get(ASSIGNMENTS + "?client=" + client.value(), BERNHEZE_STAFF);
      assertProblem(reply, 400, "invalid_input");
      assertThat(reply.invalidParams()).containsExactly("client:not_allowed");
      assertThat(reply.body()).doesNotContain(client.value());
    }
  }

  @Test
  void a_search_by_client_goes_in_the_body_and_keeps_the_scope() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String mine = api.issued(api.granted(client), MAASOEVER);
      api.issued(MAASOEVER);
      String search = "{\"client\":\"" + client.value() + "\"}";
      TestServer.Reply reply = api.server.post(ASSIGNMENTS + "/searches", BERNHEZE_STAFF, search);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(ids(reply)).containsExactly(mine);
      assertThat(ids(api.server.post(ASSIGNMENTS + "/searches", AS_MAASOEVER, search))).containsExactly(mine);
      assertThat(ids(api.server.post(ASSIGNMENTS + "/searches", AS_ZORGKRACHT, search))).isEmpty();
      assertThat(ids(api.server.post(ASSIGNMENTS + "/searches", BOEKEL_STAFF, search))).isEmpty();
      assertThat(ids(api.server.post(ASSIGNMENTS + "/searches", "region", "{}"))).hasSize(2);
      assertThat(ids(api.server.post(ASSIGNMENTS + "/searches", "region",
          "{\"client\":\"" + client.value() + "\",\"status\":\"DELIVERING\"}"))).isEmpty();
    }
  }

  @Test
  void an_extension_moves_the_end_of_the_same_assignment() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      TestServer.Reply reply = api.server.post(ASSIGNMENTS + "/" + id + "/extension", BERNHEZE_STAFF,
          "{\"newEnd\":\"2026-10-31\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("id").asText()).isEqualTo(id);
      assertThat(reply.json().path("end").asText()).isEqualTo("2026-10-31");
      assertThat(reply.json().path("version").asLong()).isEqualTo(2);
      assertThat(api.stored()).hasSize(1);
      assertThat(api.stored(id).validity().end().get()).hasToString("2026-10-31");
    }
  }

  @Test
  void a_weekly_volume_cannot_become_open_ended_and_an_end_before_the_start_is_refused() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      var before = api.stored();
      TestServer.Reply open = api.server.post(ASSIGNMENTS + "/" + id + "/extension", BERNHEZE_STAFF, "{\"openEnded\":true}");
      assertProblem(open, 400, "invalid_input");
      assertThat(open.invalidParams()).containsExactly("newEnd:required");
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/extension", BERNHEZE_STAFF, "{\"newEnd\":\"2026-01-15\"}"),
          422, "date_out_of_range");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void only_the_cases_municipality_and_the_region_extend() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      var before = api.stored();
      String body = "{\"newEnd\":\"2026-10-31\"}";
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/extension", AS_MAASOEVER, body), 403, "forbidden");
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/extension", BOEKEL_STAFF, body), 404, "not_found");
      assertProblem(api.server.post(ASSIGNMENTS + "/" + ABSENT_ID + "/extension", BERNHEZE_STAFF, body), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
      assertThat(api.server.post(ASSIGNMENTS + "/" + id + "/extension", "region", body).status()).isEqualTo(200);
    }
  }

  @Test
  void a_volume_change_ends_the_assignment_and_answers_the_new_one_created() {
    try (AssignmentApi api = new AssignmentApi()) {
      String old = api.issued(MAASOEVER);
      TestServer.Reply reply = api.server.post(ASSIGNMENTS + "/" + old + "/volume-change", BERNHEZE_STAFF,
          "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":2,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode fresh = reply.json();
      String id = fresh.path("id").asText();
      assertThat(id).isNotEqualTo(old);
      assertThat(reply.header("Location")).hasValue(ASSIGNMENTS + "/" + id);
      assertThat(fresh.path("replaces").asText()).isEqualTo(old);
      assertThat(fresh.path("volume").path("quantity").asLong()).isEqualTo(2);
      assertThat(fresh.path("start").asText()).isEqualTo("2026-05-01");
      assertThat(fresh.path("end").asText()).isEqualTo("2026-12-31");
      assertThat(fresh.path("status").asText()).isEqualTo("ASSIGNED");

      JsonNode ended = api.server.get(ASSIGNMENTS + "/" + old, BERNHEZE_STAFF).json();
      assertThat(ended.path("status").asText()).isEqualTo("ENDED");
      assertThat(ended.path("end").asText()).isEqualTo("2026-04-30");
      assertThat(ended.path("stop").toString())
          .isEqualTo("{\"date\":\"2026-04-30\",\"reason\":\"INITIATED_BY_MUNICIPALITY\",\"reasonCode\":\"36\"}");
      assertThat(api.stored()).hasSize(2);
    }
  }

  @Test
  void a_volume_change_on_the_providers_request_records_that_as_the_reason() {
    try (AssignmentApi api = new AssignmentApi()) {
      String old = api.issued(MAASOEVER);
      TestServer.Reply reply = api.server.post(ASSIGNMENTS + "/" + old + "/volume-change", "region",
          "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":4,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"},"
              + "\"onProviderRequest\":true}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode stop = api.server.get(ASSIGNMENTS + "/" + old, "region").json().path("stop");
      assertThat(stop.path("reason").asText()).isEqualTo("CHANGE_REQUEST");
      assertThat(stop.path("reasonCode").asText()).isEqualTo("37");
    }
  }

  @Test
  void a_volume_change_that_changes_nothing_or_comes_from_a_provider_is_refused() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      var before = api.stored();
      String same = "{\"changeDate\":\"2026-05-01\",\"newVolume\":{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}}";
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/volume-change", BERNHEZE_STAFF, same), 422, "volume_unchanged");
      String other = same.replace("\"quantity\":3", "\"quantity\":5");
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/volume-change", AS_MAASOEVER, other), 403, "forbidden");
      assertProblem(api.server.post(ASSIGNMENTS + "/" + id + "/volume-change", BOEKEL_STAFF, other), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_deleted_assignment_answers_204_and_stays_readable_as_deleted() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      TestServer.Reply reply = api.server.send("DELETE", ASSIGNMENTS + "/" + id, BERNHEZE_STAFF, null, null);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
      assertThat(reply.body()).isEmpty();
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      assertThat(api.server.get(ASSIGNMENTS + "/" + id, BERNHEZE_STAFF).json().path("status").asText()).isEqualTo("DELETED");
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + id, BERNHEZE_STAFF, null, null), 422, "not_active");
    }
  }

  @Test
  void an_assignment_with_approved_claims_is_not_deleted() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      api.approvedClaims.approve(new AssignmentId(java.util.UUID.fromString(id)));
      var before = api.stored();
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + id, "region", null, null), 422, "has_approved_claims");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void only_the_cases_municipality_and_the_region_delete() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      var before = api.stored();
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + id, AS_MAASOEVER, null, null), 403, "forbidden");
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + id, "supervisor", null, null), 403, "forbidden");
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + id, BOEKEL_STAFF, null, null), 404, "not_found");
      assertProblem(api.server.send("DELETE", ASSIGNMENTS + "/" + ABSENT_ID, "region", null, null), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  private static List<String> ids(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    reply.json().path("items").forEach(a -> out.add(a.path("id").asText()));
    return out;
  }
}
