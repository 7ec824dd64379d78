package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.port.in.ListContractsQuery;
import nl.wmokader.core.contracting.port.in.SetWaitingTimeNormCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Assignments over the waiting-time norm over HTTP: Maasoever's contract allows 10 days, Zorgkracht's
 * 30. One assignment started after 11 days, one waits still for 39, one waits for 5 (within the norm).
 */
class WaitingTimeNormRoutesTest {
  private static final String BREACHES = "/api/v1/waiting-time-norm-breaches";

  /** The assignment scene with the norms set, and a server of this resource over the same facade. */
  static final class Scene implements AutoCloseable {
    final AssignmentApi api = new AssignmentApi();
    final TestServer server = TestServer.start(TestServer.options(),
        java.util.List.of(new WaitingTimeNormRoutes(api.wmo.indication().listAssignmentsOverNorm())));
    final String started;
    final String waiting;
    final String withinNorm;

    Scene() {
      norm(MAASOEVER, 10);
      norm(ZORGKRACHT, 30);
      started = api.delivering(MAASOEVER);           // issued 2026-01-29, started 2026-02-09
      waiting = api.issued(ZORGKRACHT);              // issued 2026-02-09
      api.clock.set(LocalDate.of(2026, 3, 15));
      withinNorm = api.issued(MAASOEVER);            // issued 2026-03-15
      api.clock.set(LocalDate.of(2026, 3, 20));
    }

    private void norm(String provider, int days) {
      ContractId contract = right(api.wmo.contracting().listContracts().listContracts(Actor.region(),
          new ListContractsQuery(AgbCode.of(provider), PageRequest.first()))).items().single().id();
      right(api.wmo.contracting().setWaitingTimeNorm().setWaitingTimeNorm(Actor.region(), new SetWaitingTimeNormCommand(contract, days)));
    }

    @Override
    public void close() {
      server.close();
      api.close();
    }
  }

  @Test
  void assignments_over_the_norm_are_listed_by_provider_with_their_wait_and_norm() {
    try (Scene scene = new Scene()) {
      TestServer.Reply reply = scene.server.get(BREACHES, "region");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode page = reply.json();
      assertThat(page.path("totalItems").asLong()).isEqualTo(2);
      JsonNode first = page.path("items").get(0);
      assertThat(first.path("assignment").asText()).isEqualTo(scene.started);
      assertThat(first.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(first.path("category").asText()).isEqualTo("GUIDANCE");
      assertThat(first.path("product").asText()).isEqualTo("02A01");
      assertThat(first.path("assignedOn").asText()).isEqualTo("2026-01-29");
      assertThat(first.path("deliveryStart").asText()).isEqualTo("2026-02-09");
      assertThat(first.path("daysWaited").asLong()).isEqualTo(11);
      assertThat(first.path("normDays").asInt()).isEqualTo(10);
      assertThat(first.path("stillWaiting").asBoolean()).isFalse();
      assertThat(first.has("contract")).isTrue();
      assertThat(first.has("client")).isFalse();
      JsonNode second = page.path("items").get(1);
      assertThat(second.path("assignment").asText()).isEqualTo(scene.waiting);
      assertThat(second.path("provider").asText()).isEqualTo(ZORGKRACHT);
      assertThat(second.has("deliveryStart")).isFalse();
      assertThat(second.path("daysWaited").asLong()).isEqualTo(39);
      assertThat(second.path("normDays").asInt()).isEqualTo(30);
      assertThat(second.path("stillWaiting").asBoolean()).isTrue();
      assertThat(reply.body()).doesNotContain(scene.withinNorm);

      assertThat(ids(scene.server.get(BREACHES + "?provider=" + ZORGKRACHT, "region"))).containsExactly(scene.waiting);
      TestServer.Reply paged = scene.server.get(BREACHES + "?pageSize=1&page=1", "region");
      assertThat(ids(paged)).containsExactly(scene.waiting);
      assertThat(paged.json().path("totalPages").asLong()).isEqualTo(2);
    }
  }

  @Test
  void each_party_sees_only_what_is_theirs() {
    try (Scene scene = new Scene()) {
      assertThat(ids(scene.server.get(BREACHES, BERNHEZE_STAFF))).containsExactly(scene.started, scene.waiting);
      assertThat(ids(scene.server.get(BREACHES, AS_MAASOEVER))).containsExactly(scene.started);
      assertThat(ids(scene.server.get(BREACHES, AS_ZORGKRACHT))).containsExactly(scene.waiting);
      assertThat(ids(scene.server.get(BREACHES + "?provider=" + ZORGKRACHT, AS_MAASOEVER))).isEmpty();
      assertThat(ids(scene.server.get(BREACHES, BOEKEL_STAFF))).isEmpty();
      assertProblem(scene.server.get(BREACHES, "supervisor"), 403, "forbidden");
      assertThat(scene.server.get(BREACHES, null).status()).isEqualTo(401);
    }
  }

  @Test
  void a_bad_query_is_400_naming_every_parameter() {
    try (Scene scene = new Scene()) {
      TestServer.Reply bad = scene.server.get(BREACHES + "?provider=12&pageSize=0", "region");
      assertProblem(bad, 400, "invalid_input");
      assertThat(bad.invalidParams()).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactlyInAnyOrder("provider", "pageSize");
      assertProblem(scene.server.get(BREACHES + "?product=02A01", "region"), 400, "invalid_input");
      assertThat(scene.server.get(BREACHES + "?client=999990019", "region").status()).isEqualTo(400);
    }
  }

  private static java.util.List<String> ids(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    java.util.List<String> out = new java.util.ArrayList<>();
    reply.json().path("items").forEach(s -> out.add(s.path("assignment").asText()));
    return out;
  }
}
