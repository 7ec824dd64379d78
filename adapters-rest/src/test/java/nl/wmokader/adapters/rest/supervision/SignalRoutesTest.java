package nl.wmokader.adapters.rest.supervision;

import static nl.wmokader.adapters.rest.supervision.SupervisionApi.ABSENT_ID;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.MAASOEVER;
import static nl.wmokader.adapters.rest.supervision.SupervisionApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The signal register over HTTP: recording, listing, linking and dismissing, and the refusals. */
class SignalRoutesTest {
  private static final String SIGNALS = "/api/v1/signals";

  @Test
  void a_member_records_a_signal_201_and_the_region_lists_it() {
    try (SupervisionApi api = new SupervisionApi()) {
      TestServer.Reply reply = api.server.post(SIGNALS, BERNHEZE_STAFF, "{\"provider\":\"" + MAASOEVER + "\","
          + "\"source\":\"CLIENT\",\"description\":\"Begeleider kwam niet\",\"receivedOn\":\"2026-03-02\","
          + "\"severity\":\"MEDIUM\"}");

      assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      assertThat(reply.header("API-Version")).hasValue("1.0.0");
      JsonNode s = reply.json();
      assertThat(s.path("provider").asText()).isEqualTo(MAASOEVER);
      assertThat(s.path("source").asText()).isEqualTo("CLIENT");
      assertThat(s.path("receivedOn").asText()).isEqualTo("2026-03-02");
      assertThat(s.path("status").asText()).isEqualTo("OPEN");
      assertThat(s.has("investigation")).isFalse();
      api.signal(ZORGKRACHT);

      JsonNode page = api.server.get(SIGNALS + "?provider=" + MAASOEVER, "supervisor").json();
      assertThat(page.path("items")).hasSize(1);
      assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(s.path("id").asText());
      assertThat(api.server.get(SIGNALS, "region").json().path("totalItems").asLong()).isEqualTo(2);
    }
  }

  @Test
  void recording_reports_every_invalid_field_and_a_provider_is_403() {
    try (SupervisionApi api = new SupervisionApi()) {
      assertThat(api.server.post(SIGNALS, "region", "{\"provider\":\"123\",\"source\":\"RUMOUR\","
          + "\"description\":\" \",\"extra\":1}").invalidParams())
          .contains("provider:agb_code_format", "description:text_length", "severity:required", "extra:unknown_field")
          .anyMatch(p -> p.startsWith("source:"));
      String body = "{\"provider\":\"" + MAASOEVER + "\",\"source\":\"CLIENT\",\"description\":\"x\",\"severity\":\"LOW\"}";
      assertProblem(api.server.post(SIGNALS, AS_MAASOEVER, body), 403, "forbidden");
      assertProblem(api.server.post(SIGNALS, null, body), 401, "actor_missing");
      assertProblem(api.server.get(SIGNALS, BERNHEZE_STAFF), 403, "forbidden");
      assertThat(api.server.get(SIGNALS + "?status=OPEN", "region").invalidParams()).containsExactly("status:unknown_field");
    }
  }

  @Test
  void a_signal_is_linked_to_an_investigation_or_dismissed_once() {
    try (SupervisionApi api = new SupervisionApi()) {
      String investigation = api.investigation(MAASOEVER);
      String linked = api.signal(MAASOEVER);
      JsonNode s = api.ok(200, SIGNALS + "/" + linked + "/decision", "supervisor",
          "{\"decision\":\"LINK\",\"investigation\":\"" + investigation + "\"}");
      assertThat(s.path("status").asText()).isEqualTo("LINKED");
      assertThat(s.path("investigation").asText()).isEqualTo(investigation);
      assertThat(s.path("decidedOn").asText()).isEqualTo("2026-03-05");

      assertProblem(api.server.post(SIGNALS + "/" + linked + "/decision", "region",
          "{\"decision\":\"DISMISS\",\"dismissalReason\":\"Geen grond\"}"), 422, "signal_not_open");

      String dismissed = api.signal(MAASOEVER);
      JsonNode d = api.ok(200, SIGNALS + "/" + dismissed + "/decision", "region",
          "{\"decision\":\"DISMISS\",\"dismissalReason\":\"Geen grond\"}");
      assertThat(d.path("status").asText()).isEqualTo("DISMISSED");
      assertThat(d.path("dismissalReason").asText()).isEqualTo("Geen grond");

      String other = api.signal(ZORGKRACHT);
      assertThat(api.server.post(SIGNALS + "/" + other + "/decision", "region",
          "{\"decision\":\"LINK\",\"investigation\":\"" + investigation + "\"}").status()).isEqualTo(400);
      assertProblem(api.server.post(SIGNALS + "/" + ABSENT_ID + "/decision", "region",
          "{\"decision\":\"DISMISS\",\"dismissalReason\":\"x\"}"), 404, "not_found");
      assertThat(api.server.post(SIGNALS + "/nope/decision", "region",
          "{\"decision\":\"LINK\",\"dismissalReason\":\"x\"}").invalidParams())
          .containsExactlyInAnyOrder("signalId:uuid_format", "investigation:required", "dismissalReason:not_allowed");
    }
  }
}
