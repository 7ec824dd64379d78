package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider's reports of the start and stop of delivery, over HTTP: its own only. */
class DeliveryRoutesTest {

  private static String start(String id) {
    return "/api/v1/assignments/" + id + "/delivery-start";
  }

  private static String stop(String id) {
    return "/api/v1/assignments/" + id + "/delivery-stop";
  }

  @Test
  void the_provider_reports_the_start_of_delivery() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      api.clock.set(LocalDate.of(2026, 2, 9));
      TestServer.Reply reply = api.server.post(start(id), AS_MAASOEVER, "{\"date\":\"2026-02-09\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(reply.json().path("status").asText()).isEqualTo("DELIVERING");
      assertThat(reply.json().path("deliveryStart").asText()).isEqualTo("2026-02-09");
      assertThat(api.stored(id).status()).isEqualTo(AssignmentStatus.DELIVERING);
    }
  }

  @Test
  void another_providers_assignment_does_not_exist_for_a_report() {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.issued(MAASOEVER);
      api.clock.set(LocalDate.of(2026, 2, 9));
      var before = api.stored();
      assertProblem(api.server.post(start(id), AS_ZORGKRACHT, "{\"date\":\"2026-02-09\"}"), 404, "not_found");
      assertProblem(api.server.post(start(ABSENT_ID), AS_ZORGKRACHT, "{\"date\":\"2026-02-09\"}"), 404, "not_found");
      assertThat(api.stored()).isEqualTo(before);

      String delivering = api.delivering(MAASOEVER);
      var started = api.stored();
      assertProblem(api.server.post(stop(delivering), AS_ZORGKRACHT, "{\"date\":\"2026-03-31\",\"reason\":\"19\"}"),
          404, "not_found");
      assertThat(api.stored()).isEqualTo(started);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"region", BERNHEZE_STAFF, "supervisor"})
  void only_providers_report_delivery(String actor) {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.delivering(MAASOEVER);
      String other = api.issued(MAASOEVER);
      var before = api.stored();
      assertProblem(api.server.post(start(other), actor, "{\"date\":\"2026-02-09\"}"), 403, "forbidden");
      assertProblem(api.server.post(stop(id), actor, "{\"date\":\"2026-03-31\",\"reason\":\"ENDED_AS_PLANNED\"}"),
          403, "forbidden");
      assertThat(api.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_start_is_reported_once_inside_the_validity_and_never_ahead() {
    try (AssignmentApi api = new AssignmentApi()) {
      String early = api.issued(MAASOEVER);
      api.clock.set(LocalDate.of(2026, 2, 9));
      var before = api.stored();
      TestServer.Reply future = api.server.post(start(early), AS_MAASOEVER, "{\"date\":\"2026-02-10\"}");
      assertProblem(future, 400, "invalid_input");
      assertThat(future.invalidParams()).containsExactly("date:in_future");
      assertProblem(api.server.post(start(early), AS_MAASOEVER, "{\"date\":\"2026-01-31\"}"), 422, "date_out_of_range");
      assertThat(api.stored()).isEqualTo(before);

      assertThat(api.server.post(start(early), AS_MAASOEVER, "{\"date\":\"2026-02-02\"}").status()).isEqualTo(200);
      var started = api.stored();
      assertProblem(api.server.post(start(early), AS_MAASOEVER, "{\"date\":\"2026-02-03\"}"), 422, "already_started");
      assertThat(api.stored()).isEqualTo(started);
    }
  }

  @ParameterizedTest
  @CsvSource({"ENDED_AS_PLANNED, ENDED_AS_PLANNED, 19", "19, ENDED_AS_PLANNED, 19", "38, SWITCH_TO_ANOTHER_PROVIDER, 38",
      "DECEASED, DECEASED, 02"})
  void the_provider_reports_the_stop_by_the_reasons_name_or_its_iwmo_code(String sent, String name, String code) {
    try (AssignmentApi api = new AssignmentApi()) {
      String id = api.delivering(MAASOEVER);
      TestServer.Reply reply = api.server.post(stop(id), AS_MAASOEVER, "{\"date\":\"2026-03-31\",\"reason\":\"" + sent + "\"}");
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode a = reply.json();
      assertThat(a.path("status").asText()).isEqualTo("STOPPED");
      assertThat(a.path("stop").toString())
          .isEqualTo("{\"date\":\"2026-03-31\",\"reason\":\"" + name + "\",\"reasonCode\":\"" + code + "\"}");
      assertThat(api.stored(id).stop().get().reason()).isEqualTo(StopReason.valueOf(name));
    }
  }

  @Test
  void a_stop_needs_a_start_and_a_day_between_it_and_the_end() {
    try (AssignmentApi api = new AssignmentApi()) {
      String notStarted = api.issued(MAASOEVER);
      var before = api.stored();
      assertProblem(api.server.post(stop(notStarted), AS_MAASOEVER, "{\"date\":\"2026-03-31\",\"reason\":\"19\"}"),
          422, "not_started");
      assertThat(api.stored()).isEqualTo(before);

      String id = api.delivering(MAASOEVER);
      var started = api.stored();
      assertProblem(api.server.post(stop(id), AS_MAASOEVER, "{\"date\":\"2026-02-08\",\"reason\":\"19\"}"),
          422, "date_out_of_range");
      assertProblem(api.server.post(stop(id), AS_MAASOEVER, "{\"date\":\"2027-01-01\",\"reason\":\"19\"}"),
          422, "date_out_of_range");
      assertThat(api.stored()).isEqualTo(started);

      assertThat(api.server.post(stop(id), AS_MAASOEVER, "{\"date\":\"2026-12-31\",\"reason\":\"19\"}").status()).isEqualTo(200);
      assertProblem(api.server.post(stop(id), AS_MAASOEVER, "{\"date\":\"2026-12-31\",\"reason\":\"19\"}"), 422, "not_active");
    }
  }
}
