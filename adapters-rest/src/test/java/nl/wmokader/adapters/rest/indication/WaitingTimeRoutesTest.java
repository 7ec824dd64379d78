package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** Waiting times per provider and product over HTTP: the numbers, the filters and each party's scope. */
class WaitingTimeRoutesTest {
  private static final String WAITING = "/api/v1/waiting-times";

  @Test
  void a_started_assignment_counts_from_its_issue_to_its_start() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.delivering(MAASOEVER);
      api.issued(ZORGKRACHT);  // not started: not counted
      TestServer.Reply reply = api.server.get(WAITING, "region");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode page = reply.json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(1);
      JsonNode summary = page.path("items").get(0);
      assertThat(summary.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(summary.path("category").asText()).isEqualTo("GUIDANCE");
      assertThat(summary.path("categoryCode").asText()).isEqualTo("02");
      assertThat(summary.path("product").asText()).isEqualTo("02A01");
      assertThat(summary.path("count").asInt()).isEqualTo(1);
      assertThat(summary.path("totalDays").asLong()).isEqualTo(11);
      assertThat(summary.path("averageDays").asDouble()).isEqualTo(11.0);
      assertThat(summary.path("maxDays").asLong()).isEqualTo(11);
      assertThat(summary.path("started").toString()).isEqualTo("[{\"assignment\":\"" + id
          + "\",\"assignedOn\":\"2026-01-29\",\"deliveryStart\":\"2026-02-09\",\"days\":11}]");
    }
  }

  @Test
  void the_filters_narrow_by_provider_product_and_the_period_of_the_start() {
    try (AssignmentApi api = new AssignmentApi()) {
      api.delivering(MAASOEVER);
      api.delivering(ZORGKRACHT);
      assertThat(providers(api.server.get(WAITING, BERNHEZE_STAFF))).containsExactly(MAASOEVER, ZORGKRACHT);
      assertThat(providers(api.server.get(WAITING + "?provider=" + ZORGKRACHT, "region"))).containsExactly(ZORGKRACHT);
      assertThat(providers(api.server.get(WAITING + "?product=02A01", "region"))).hasSize(2);
      assertThat(providers(api.server.get(WAITING + "?product=07A01", "region"))).isEmpty();
      assertThat(providers(api.server.get(WAITING + "?startedFrom=2026-02-09&startedTo=2026-02-09", "region"))).hasSize(2);
      assertThat(providers(api.server.get(WAITING + "?startedFrom=2026-02-10", "region"))).isEmpty();
      assertThat(providers(api.server.get(WAITING + "?startedFrom=2026-01-01&startedTo=2026-02-08", "region"))).isEmpty();
      TestServer.Reply paged = api.server.get(WAITING + "?pageSize=1&page=1", "region");
      assertThat(providers(paged)).containsExactly(ZORGKRACHT);
      assertThat(paged.json().path("totalPages").asLong()).isEqualTo(2);
    }
  }

  @Test
  void each_party_sees_the_waiting_times_of_what_is_theirs() {
    try (AssignmentApi api = new AssignmentApi()) {
      api.delivering(MAASOEVER);
      api.delivering(ZORGKRACHT);
      assertThat(providers(api.server.get(WAITING, AS_MAASOEVER))).containsExactly(MAASOEVER);
      assertThat(providers(api.server.get(WAITING, AS_ZORGKRACHT))).containsExactly(ZORGKRACHT);
      assertThat(providers(api.server.get(WAITING + "?provider=" + ZORGKRACHT, AS_MAASOEVER))).isEmpty();
      assertThat(providers(api.server.get(WAITING, BOEKEL_STAFF))).isEmpty();
      assertProblem(api.server.get(WAITING, "supervisor"), 403, "forbidden");
    }
  }

  private static java.util.List<String> providers(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    java.util.List<String> out = new java.util.ArrayList<>();
    reply.json().path("items").forEach(s -> out.add(s.path("provider").asText()));
    return out;
  }
}
