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
import org.junit.jupiter.api.Test;

/** Calamities over HTTP: reports by a provider or on its behalf, scope, and the GGD's steps in order. */
class CalamityRoutesTest {
  private static final String CALAMITIES = "/api/v1/calamities";

  private static String report(String provider, String reportedOn) {
    return "{\"provider\":\"" + provider + "\",\"kind\":\"CALAMITY\",\"occurredOn\":\"2026-03-03\","
        + (reportedOn == null ? "" : "\"reportedOn\":\"" + reportedOn + "\",") + "\"summary\":\"Val tijdens begeleiding\"}";
  }

  @Test
  void a_provider_reports_its_own_calamity_and_sees_only_its_own() {
    try (SupervisionApi api = new SupervisionApi()) {
      JsonNode own = api.ok(201, CALAMITIES, AS_MAASOEVER, report(MAASOEVER, null));
      assertThat(own.path("reportedOn").asText()).isEqualTo("2026-03-05");
      assertThat(own.path("status").asText()).isEqualTo("REPORTED");
      api.ok(201, CALAMITIES, "region", report(ZORGKRACHT, "2026-03-04"));

      JsonNode mine = api.server.get(CALAMITIES, AS_MAASOEVER).json();
      assertThat(mine.path("items")).hasSize(1);
      assertThat(mine.path("items").get(0).path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(api.server.get(CALAMITIES + "?provider=" + ZORGKRACHT, AS_MAASOEVER).json().path("items")).isEmpty();
      assertThat(api.server.get(CALAMITIES, "supervisor").json().path("totalItems").asLong()).isEqualTo(2);

      assertProblem(api.server.post(CALAMITIES, AS_ZORGKRACHT, report(MAASOEVER, null)), 404, "not_found");
      assertProblem(api.server.post(CALAMITIES, BERNHEZE_STAFF, report(MAASOEVER, "2026-03-04")), 403, "forbidden");
      assertProblem(api.server.get(CALAMITIES, BERNHEZE_STAFF), 403, "forbidden");
      assertThat(api.server.post(CALAMITIES, "region", "{\"kind\":\"FIRE\",\"occurredOn\":\"03-03-2026\"}").invalidParams())
          .contains("provider:required", "summary:required", "occurredOn:date_format").anyMatch(p -> p.startsWith("kind:"));
    }
  }

  @Test
  void the_ggd_steps_go_in_order() {
    try (SupervisionApi api = new SupervisionApi()) {
      String id = api.ok(201, CALAMITIES, "region", report(MAASOEVER, "2026-03-04")).path("id").asText();
      String steps = CALAMITIES + "/" + id + "/ggd-steps";

      assertProblem(api.server.post(steps, "region", "{\"step\":\"CONCLUDE\",\"text\":\"Protocol niet gevolgd\"}"),
          422, "not_in_step");
      assertThat(api.server.post(steps, "region", "{\"step\":\"START\",\"text\":\"x\"}").invalidParams())
          .containsExactly("text:not_allowed");
      assertThat(api.ok(200, steps, "region", "{\"step\":\"START\"}").path("status").asText()).isEqualTo("GGD_INVESTIGATING");
      JsonNode concluded = api.ok(200, steps, "supervisor", "{\"step\":\"CONCLUDE\",\"text\":\"Protocol niet gevolgd\"}");
      assertThat(concluded.path("status").asText()).isEqualTo("CONCLUDED");
      assertThat(concluded.path("conclusion").asText()).isEqualTo("Protocol niet gevolgd");
      assertThat(api.ok(200, steps, "region", "{\"step\":\"FOLLOW_UP\",\"text\":\"Verbeterplan\"}").path("followUp").asText())
          .isEqualTo("Verbeterplan");

      assertProblem(api.server.post(steps, AS_MAASOEVER, "{\"step\":\"START\"}"), 403, "forbidden");
      assertProblem(api.server.post(CALAMITIES + "/" + ABSENT_ID + "/ggd-steps", "region", "{\"step\":\"START\"}"),
          404, "not_found");
      assertThat(api.server.post(CALAMITIES + "/x/ggd-steps", "region", "{}").invalidParams())
          .containsExactlyInAnyOrder("calamityId:uuid_format", "step:required");
    }
  }
}
