package nl.wmokader.adapters.rest.contracting;

import static nl.wmokader.adapters.rest.contracting.ContractingApi.CONTRACT_2025;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delivery rights over HTTP: the right with its tariff of the day, 404 when there is none, and who may ask. */
class DeliveryRightRoutesTest {
  private static final String RIGHTS = "/api/v1/delivery-rights";

  private static ContractingApi contracted() {
    ContractingApi api = new ContractingApi().withProviders();
    api.contracted(CONTRACT_2025);
    return api;
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", "municipality:1721", "provider:12345678"})
  void the_region_members_and_the_provider_itself_find_a_right_at_the_reference_tariff(String actor) {
    try (ContractingApi api = contracted()) {
      TestServer.Reply reply = api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2025-06-01", actor);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      String id = api.stored().contracts().head().id().toString();
      assertThat(reply.body()).isEqualTo("{\"provider\":\"12345678\",\"product\":\"02A01\",\"date\":\"2025-06-01\","
          + "\"contractId\":\"" + id + "\",\"lotFrom\":\"2025-01-01\",\"lotUntil\":\"2025-12-31\",\"tariffCents\":6540}");
    }
  }

  @Test
  void a_lots_own_tariff_wins_over_the_reference_tariff() {
    try (ContractingApi api = contracted()) {
      TestServer.Reply reply = api.server.get(RIGHTS + "?provider=12345678&product=01A01&date=2025-06-01", "region");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("tariffCents").asLong()).isEqualTo(3000);
    }
  }

  @Test
  void no_lot_that_day_a_client_stop_no_tariff_or_an_unknown_provider_is_a_404() {
    try (ContractingApi api = contracted()) {
      assertProblem(api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2026-01-01", "region"), 404, "not_found");
      assertProblem(api.server.get(RIGHTS + "?provider=87654321&product=02A01&date=2025-06-01", "region"), 404, "not_found");
      assertProblem(api.server.get(RIGHTS + "?provider=11111111&product=02A01&date=2025-06-01", "region"), 404, "not_found");
      api.contracted("{\"provider\":\"87654321\",\"from\":\"2025-01-01\","
          + "\"lots\":[{\"product\":\"01A01\",\"from\":\"2025-01-01\"}]}");
      assertProblem(api.server.get(RIGHTS + "?provider=87654321&product=01A01&date=2025-06-01", "region"), 404, "not_found");
      api.server.post("/api/v1/contracts/" + api.stored().contracts().find(c -> c.provider().value().equals("12345678"))
          .get().id() + "/client-stops", "region", "{\"from\":\"2025-07-01\",\"reason\":\"SAFETY_SIGNALS\"}");
      assertThat(api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2025-06-30", "region").status()).isEqualTo(200);
      assertProblem(api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2025-07-01", "region"), 404, "not_found");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"supervisor", "provider:87654321"})
  void supervisors_and_other_providers_may_not_ask(String actor) {
    try (ContractingApi api = contracted()) {
      assertProblem(api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2025-06-01", actor), 403, "forbidden");
    }
  }

  @Test
  void asking_needs_an_actor() {
    try (ContractingApi api = contracted()) {
      assertProblem(api.server.get(RIGHTS + "?provider=12345678&product=02A01&date=2025-06-01", null), 401, "actor_missing");
    }
  }
}
