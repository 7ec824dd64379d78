package nl.wmokader.adapters.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Bsn CLIENT = Bsn.validate("client", "999900018").get();
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
  private WmoKader wmo;
  private TestServer server;
  private Indication reported;

  @BeforeEach
  void a_case_reported_and_read() {
    wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds()).build();
    var reference = RegionGen.reference();
    wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(reference.name(), reference.members())).get();
    reported = wmo.indication().reportNeed().reportNeed(Actor.municipality(BERNHEZE).as("els"),
        ReportNeedCommand.of(CLIENT, BERNHEZE, clock.today())).get();
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static JsonNode json(TestServer.Reply reply) throws Exception {
    return JSON.readTree(reply.body());
  }

  @Test
  void the_privacy_officer_searches_a_period_and_sees_who_did_what_to_whom() throws Exception {
    TestServer.Reply page = server.get("/api/v1/audit-trail/entries?from=2026-03-01&until=2026-03-31&resource=indication",
        "region");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("cache-control")).contains("no-store");
    JsonNode entry = json(page).path("items").get(0);
    assertThat(entry.path("role").asText()).isEqualTo("MUNICIPALITY");
    assertThat(entry.path("organisation").asText()).isEqualTo("1721");
    assertThat(entry.path("person").asText()).isEqualTo("els");
    assertThat(entry.path("client").asText()).isEqualTo(CLIENT.value());
    assertThat(entry.path("action").asText()).isEqualTo("CREATE");
    assertThat(entry.path("resourceId").asText()).isEqualTo(reported.id().value().toString());
    assertThat(entry.path("hash").asText()).matches("[0-9a-f]{64}");
    assertThat(json(server.get("/api/v1/audit-trail/entries?from=2026-03-01&role=PROVIDER", "region")).path("items"))
        .isEmpty();
    assertThat(server.get("/api/v1/audit-trail/entries?from=2026-03-01", "provider:98000001").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/audit-trail/entries?from=2026-03-01", "municipality:1721").status()).isEqualTo(403);
  }

  @Test
  void a_client_history_takes_the_bsn_in_the_body_and_only_its_own_members_staff_may_ask() throws Exception {
    String body = "{\"client\":\"" + CLIENT.value() + "\"}";
    TestServer.Reply history = server.post("/api/v1/audit-trail/client-histories", "region", body);
    assertThat(history.status()).isEqualTo(200);
    assertThat(json(history).path("items")).extracting(e -> e.path("action").asText()).contains("CREATE");
    assertThat(server.post("/api/v1/audit-trail/client-histories", "municipality:1721", body).status()).isEqualTo(200);
    assertThat(server.post("/api/v1/audit-trail/client-histories", "municipality:0755", body).status())
        .as("a member that never accessed the client: as if it had no history").isEqualTo(404);
    assertThat(server.post("/api/v1/audit-trail/client-histories", "provider:98000001", body).status()).isEqualTo(403);
    TestServer.Reply invalid = server.post("/api/v1/audit-trail/client-histories", "region", "{\"client\":\"999980003\"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).doesNotContain("999980003");
    assertThat(server.get("/api/v1/audit-trail/entries?from=2026-03-01&client=" + CLIENT.value(), "region").status())
        .as("a BSN never in a URL").isEqualTo(400);
    TestServer.Reply after = server.get("/api/v1/audit-trail/entries?from=2026-03-01&resource=audit-trail", "region");
    assertThat(json(after).path("items")).as("reading the trail is on record too").isNotEmpty();
  }

  @Test
  void the_chains_verify_and_bad_periods_are_refused() throws Exception {
    TestServer.Reply verified = server.get("/api/v1/audit-trail/verifications?from=2026-03-01&until=2026-03-31", "supervisor");
    assertThat(verified.status()).isEqualTo(200);
    assertThat(json(verified).path("clean").asBoolean()).isTrue();
    assertThat(json(verified).path("entries").asLong()).isPositive();
    assertThat(server.get("/api/v1/audit-trail/verifications?from=2026-03-31&until=2026-03-01", "region").status()).isEqualTo(400);
    assertThat(server.get("/api/v1/audit-trail/verifications", "region").status()).isEqualTo(400);
    assertThat(server.get("/api/v1/audit-trail/verifications?from=2026-03-01", "provider:98000001").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/audit-trail/entries?from=2026-03-01&organisation=12", "region").status()).isEqualTo(400);
  }

  @Test
  void a_claims_entry_shows_how_many_clients_in_the_search_and_one_client_in_that_clients_history() throws Exception {
    Bsn other = Bsn.validate("client", "999900006").get();
    wmo.audit().recordAccess().allowed(Actor.provider(nl.wmokader.core.shared.AgbCode.of("98000001")),
        nl.wmokader.core.audit.domain.AuditAction.READ, "claim", io.vavr.collection.List.of(
            new nl.wmokader.core.audit.port.in.RecordAccessUseCase.Accessed("claim-1", io.vavr.collection.List.of(CLIENT, other))));
    JsonNode searched = json(server.get("/api/v1/audit-trail/entries?from=2026-03-01&resource=claim", "region"))
        .path("items").get(0);
    assertThat(searched.path("clientCount").asInt()).isEqualTo(2);
    assertThat(searched.has("client")).as("who, the search does not show").isFalse();
    assertThat(searched.toString()).doesNotContain(CLIENT.value()).doesNotContain(other.value());

    TestServer.Reply history = server.post("/api/v1/audit-trail/client-histories", "region",
        "{\"client\":\"" + other.value() + "\"}");
    JsonNode ofTheClaim = null;
    for (JsonNode e : json(history).path("items")) {
      if (e.path("resourceId").asText().equals("claim-1")) {
        ofTheClaim = e;
      }
    }
    assertThat(ofTheClaim).isNotNull();
    assertThat(ofTheClaim.path("client").asText()).isEqualTo(other.value());
    assertThat(ofTheClaim.path("clientCount").asInt()).isEqualTo(1);
    assertThat(history.body()).doesNotContain(CLIENT.value());
  }
}
