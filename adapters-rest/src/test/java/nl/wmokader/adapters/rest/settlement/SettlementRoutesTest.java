package nl.wmokader.adapters.rest.settlement;

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
import java.util.List;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** A member's settlement, the central payment and recoveries over HTTP: sums, scope and refusals. */
class SettlementRoutesTest {
  private static final String FEBRUARY = "/api/v1/settlements/1721/2026-02";
  private static final String RECOVERIES = "/api/v1/recoveries";

  private static String recovery(String reference, long cents) {
    return "{\"provider\":\"" + MAASOEVER + "\",\"municipality\":\"1721\",\"month\":\"2026-03\",\"amountCents\":" + cents
        + ",\"reason\":\"Uren niet geleverd\",\"reference\":\"" + reference + "\"}";
  }

  @Test
  void a_members_settlement_sums_its_approved_lines_per_provider_and_product() {
    try (SettlementApi api = new SettlementApi()) {
      api.submitted(AS_MAASOEVER, claim("M1", line("R1", api.assigned(MAASOEVER), 4, TARIFF),
          line("R2", api.assigned(MAASOEVER), 2, TARIFF), line("R3", api.assigned(MAASOEVER), 2, 1)));
      api.submitted(AS_ZORGKRACHT, claim("Z1", line("R1", api.assigned(ZORGKRACHT), 3, TARIFF)));

      for (String reader : List.of(BERNHEZE_STAFF, "region", "supervisor")) {
        TestServer.Reply reply = api.server.get(FEBRUARY, reader);
        assertThat(reply.status()).as(reader + ": " + reply).isEqualTo(200);
        assertThat(reply.header("API-Version")).hasValue("1.0.0");
        JsonNode s = reply.json();
        assertThat(s.path("municipality").asText()).isEqualTo("1721");
        assertThat(s.path("month").asText()).isEqualTo("2026-02");
        assertThat(s.path("items")).hasSize(2);
        JsonNode maasoever = s.path("items").get(0);
        assertThat(maasoever.path("provider").asText()).isEqualTo(MAASOEVER);
        assertThat(maasoever.path("category").asText()).isEqualTo("GUIDANCE");
        assertThat(maasoever.path("categoryCode").asText()).isEqualTo("02");
        assertThat(maasoever.path("product").asText()).isEqualTo("02A01");
        assertThat(maasoever.path("debitsCents").asLong()).isEqualTo(6 * TARIFF);
        assertThat(maasoever.path("creditsCents").asLong()).isZero();
        assertThat(maasoever.path("netCents").asLong()).isEqualTo(6 * TARIFF);
        assertThat(maasoever.path("lines").asLong()).as("the rejected line does not count").isEqualTo(2);
        assertThat(s.path("debitsCents").asLong()).isEqualTo(9 * TARIFF);
        assertThat(s.path("recoveredCents").asLong()).isZero();
        assertThat(s.path("totalCents").asLong()).isEqualTo(9 * TARIFF);
      }
      assertThat(api.server.get("/api/v1/settlements/0755/2026-02", BOEKEL_STAFF).json().path("totalCents").asLong())
          .isZero();
    }
  }

  @Test
  void another_members_settlement_is_404_a_provider_403_and_the_path_is_checked() {
    try (SettlementApi api = new SettlementApi()) {
      assertProblem(api.server.get(FEBRUARY, BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.get(FEBRUARY, AS_MAASOEVER), 403, "forbidden");
      assertProblem(api.server.get(FEBRUARY, null), 401, "actor_missing");
      assertThat(api.server.get("/api/v1/settlements/0363/2026-02", "region").invalidParams())
          .containsExactly("municipalityCode:not_a_member");
      assertThat(api.server.get("/api/v1/settlements/17/2026-2", "region").invalidParams())
          .containsExactly("municipalityCode:municipality_code_format", "month:month_format");
      assertThat(api.server.get(FEBRUARY + "?client=999900018", "region").invalidParams())
          .containsExactly("client:not_allowed");
    }
  }

  @Test
  void a_recovery_is_registered_201_and_counts_in_the_members_settlement_and_the_central_payment() {
    try (SettlementApi api = new SettlementApi()) {
      api.submitted(AS_MAASOEVER, claim("M1", line("R1", api.assigned(MAASOEVER), 4, TARIFF)));
      TestServer.Reply reply = api.server.post(RECOVERIES, "supervisor", recovery("RM-1", 5_000));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      JsonNode r = reply.json();
      assertThat(r.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(r.path("municipality").asText()).isEqualTo("1721");
      assertThat(r.path("month").asText()).isEqualTo("2026-03");
      assertThat(r.path("amountCents").asLong()).isEqualTo(5_000);
      assertThat(r.path("reference").asText()).isEqualTo("RM-1");
      assertThat(r.path("registeredOn").asText()).isEqualTo("2026-03-05");

      JsonNode march = api.server.get("/api/v1/settlements/1721/2026-03", BERNHEZE_STAFF).json();
      assertThat(march.path("recoveries").get(0).path("id").asText()).isEqualTo(r.path("id").asText());
      assertThat(march.path("recoveredCents").asLong()).isEqualTo(-5_000);
      assertThat(march.path("totalCents").asLong()).isEqualTo(-5_000);

      JsonNode payment = api.server.get("/api/v1/central-payments/2026-03", "region").json();
      assertThat(payment.path("payments").get(0).toString()).isEqualTo(
          "{\"provider\":\"98000001\",\"approvedCents\":0,\"recoveredCents\":5000,\"payableCents\":-5000}");
      assertThat(payment.path("totalPaidCents").asLong()).isEqualTo(-5_000);
      assertThat(payment.path("totalChargedCents").asLong()).isEqualTo(-5_000);

      JsonNode february = api.server.get("/api/v1/central-payments/2026-02", "supervisor").json();
      assertThat(february.path("month").asText()).isEqualTo("2026-02");
      assertThat(february.path("payments").get(0).path("payableCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(february.path("charges")).hasSize(5);
      JsonNode bernheze = findCharge(february, "1721");
      assertThat(bernheze.path("totalCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(february.path("totalPaidCents").asLong()).isEqualTo(4 * TARIFF);
      assertThat(february.path("totalChargedCents").asLong()).isEqualTo(4 * TARIFF);
    }
  }

  private static JsonNode findCharge(JsonNode payment, String municipality) {
    for (JsonNode charge : payment.path("charges")) {
      if (charge.path("municipality").asText().equals(municipality)) {
        return charge;
      }
    }
    throw new AssertionError("no charge for " + municipality);
  }

  @Test
  void registering_a_reference_again_answers_the_same_recovery_and_other_content_is_409() {
    try (SettlementApi api = new SettlementApi()) {
      TestServer.Reply first = api.server.post(RECOVERIES, "region", recovery("RM-1", 5_000));
      TestServer.Reply again = api.server.post(RECOVERIES, "region", recovery("RM-1", 5_000));

      assertThat(again.status()).as(again.toString()).isEqualTo(201);
      assertThat(again.json()).isEqualTo(first.json());
      assertProblem(api.server.post(RECOVERIES, "region", recovery("RM-1", 6_000)), 409, "duplicate");
      assertThat(api.server.get("/api/v1/settlements/1721/2026-03", "region").json().path("recoveries")).hasSize(1);
    }
  }

  @Test
  void recoveries_are_for_the_region_and_supervisors_with_every_invalid_field_at_once() {
    try (SettlementApi api = new SettlementApi()) {
      assertProblem(api.server.post(RECOVERIES, BERNHEZE_STAFF, recovery("RM-1", 5_000)), 403, "forbidden");
      assertProblem(api.server.post(RECOVERIES, AS_MAASOEVER, recovery("RM-1", 5_000)), 403, "forbidden");
      assertThat(api.server.post(RECOVERIES, "region", "{\"provider\":\"9800\",\"month\":\"March\",\"amountCents\":\"5\","
          + "\"reason\":\" \",\"extra\":1}").invalidParams()).containsExactlyInAnyOrder("extra:unknown_field",
          "amountCents:invalid_type", "provider:agb_code_format", "municipality:required", "month:month_format",
          "reason:required", "reference:required");
      assertThat(api.server.post(RECOVERIES, "region", recovery("RM-1", 0).replace("2026-03", "2026-02")
          .replace("\"1721\"", "\"0363\"").replace(MAASOEVER, "98000009")).invalidParams())
          .containsExactlyInAnyOrder("provider:unknown", "municipality:not_a_member", "month:in_past", "amountCents:out_of_range");
      assertProblem(api.server.send("POST", RECOVERIES, "region", "text/plain", recovery("RM-1", 1).getBytes()), 415,
          "unsupported_media_type");
    }
  }

  @Test
  void the_central_payment_is_the_regions_and_supervisors() {
    try (SettlementApi api = new SettlementApi()) {
      assertProblem(api.server.get("/api/v1/central-payments/2026-02", BERNHEZE_STAFF), 403, "forbidden");
      assertProblem(api.server.get("/api/v1/central-payments/2026-02", AS_MAASOEVER), 403, "forbidden");
      assertThat(api.server.get("/api/v1/central-payments/2026-00", "region").invalidParams())
          .containsExactly("month:month_format");
      JsonNode empty = api.server.get("/api/v1/central-payments/2026-02", "region").json();
      assertThat(empty.path("payments")).isEmpty();
      assertThat(empty.path("totalPaidCents").asLong()).isZero();
    }
  }

  @Test
  void a_final_months_answers_stay_the_same_and_stay_scoped() {
    try (SettlementApi api = new SettlementApi()) {
      api.submitted(AS_MAASOEVER, claim("M1", line("R1", api.assigned(MAASOEVER), 4, TARIFF)));
      api.clock.set(SettlementApi.SETTLED_ON);
      String open = api.server.get(FEBRUARY, "region").body();
      String openPayment = api.server.get("/api/v1/central-payments/2026-02", "region").body();
      api.clock.set(SettlementApi.TODAY);

      for (String reader : List.of("region", BERNHEZE_STAFF, "supervisor", "region")) {
        assertThat(api.server.get(FEBRUARY, reader).body()).as(reader).isEqualTo(open);
        assertThat(api.server.get("/api/v1/central-payments/2026-02", "region").body()).isEqualTo(openPayment);
      }
      assertThat(api.server.get(FEBRUARY, "region").json().path("totalCents").asLong()).isEqualTo(4 * TARIFF);
      assertProblem(api.server.get(FEBRUARY, BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.get(FEBRUARY, AS_MAASOEVER), 403, "forbidden");
      assertProblem(api.server.get("/api/v1/central-payments/2026-02", BERNHEZE_STAFF), 403, "forbidden");
    }
  }
}
