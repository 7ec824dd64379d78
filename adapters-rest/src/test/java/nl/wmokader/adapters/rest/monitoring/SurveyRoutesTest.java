package nl.wmokader.adapters.rest.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.port.in.DecideOnApplicationCommand;
import nl.wmokader.core.indication.port.in.SubmitApplicationCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.SurveyTerms;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey over HTTP: invitations, answers once, results and free texts to whom they may go, as JSON and CSV. */
class SurveyRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final String MEMBER = "municipality:1721";
  private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
  private final List<Bsn> clients = new ArrayList<>();
  private WmoKader wmo;
  private TestServer server;

  @BeforeEach
  void a_region_whose_member_refused_three_applications() {
    wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds())
        .surveyTerms(new SurveyTerms(Questionnaire.standard(), 2)).build();
    var reference = RegionGen.reference();
    wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand(reference.name(), reference.members())).get();
    for (int n = 100; clients.size() < 3; n++) {
      SharedGen.testBsnFrom(n).forEach(clients::add);
    }
    server = TestServer.start(TestServer.options(), WmoKaderRoutes.of(wmo));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Indication refused(Bsn client) {
    Actor staff = Actor.municipality(BERNHEZE);
    Indication applied = wmo.indication().submitApplication().submitApplication(staff,
        SubmitApplicationCommand.withoutReport(client, BERNHEZE, Option.none(), clock.today())).get();
    return wmo.indication().decideOnApplication().decideOnApplication(staff,
        DecideOnApplicationCommand.refuse(applied.id(), clock.today(), "Voorliggende voorziening volstaat")).get();
  }

  private static JsonNode json(TestServer.Reply reply) throws Exception {
    return JSON.readTree(reply.body());
  }

  private String invite(Indication decided) throws Exception {
    TestServer.Reply invited = server.post("/api/v1/survey/invitations", MEMBER,
        "{\"indication\":\"" + decided.id().value() + "\",\"ageBand\":\"65-74\"}");
    assertThat(invited.status()).isEqualTo(201);
    return json(invited).path("id").asText();
  }

  private TestServer.Reply answer(String invitation, String helpedQuickly, String remarks) {
    return server.post("/api/v1/survey/responses", "region", "{\"invitation\":\"" + invitation + "\",\"answers\":["
        + "{\"question\":\"helped-quickly\",\"answer\":\"" + helpedQuickly + "\"},"
        + "{\"question\":\"remarks\",\"answer\":\"" + remarks + "\"}]}");
  }

  @Test
  void a_member_invites_after_a_refusal_once_and_the_invitation_names_no_client() throws Exception {
    Indication decided = refused(clients.get(0));
    TestServer.Reply invited = server.post("/api/v1/survey/invitations", MEMBER,
        "{\"indication\":\"" + decided.id().value() + "\",\"ageBand\":\"65-74\"}");
    assertThat(invited.status()).isEqualTo(201);
    assertThat(invited.header("location").orElseThrow()).endsWith("/survey/invitations/" + json(invited).path("id").asText());
    assertThat(json(invited).path("occasion").asText()).isEqualTo("refused");
    assertThat(json(invited).path("member").asText()).isEqualTo("1721");
    assertThat(json(invited).has("category")).isFalse();
    assertThat(invited.body()).doesNotContain(clients.get(0).value());
    assertThat(invite(decided)).as("a repeat answers the same invitation").isEqualTo(json(invited).path("id").asText());
    assertThat(server.post("/api/v1/survey/invitations", "municipality:0755",
        "{\"indication\":\"" + decided.id().value() + "\",\"ageBand\":\"65-74\"}").status())
        .as("another member does not see the case").isEqualTo(404);
    assertThat(server.post("/api/v1/survey/invitations", "analyst",
        "{\"indication\":\"" + decided.id().value() + "\",\"ageBand\":\"65-74\"}").status()).isEqualTo(403);
    TestServer.Reply both = server.post("/api/v1/survey/invitations", MEMBER, "{\"ageBand\":\"twelve\"}");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.body()).contains("indication").contains("ageBand");
  }

  @Test
  void a_client_answers_once_and_every_bad_answer_is_named_at_once() throws Exception {
    String invitation = invite(refused(clients.get(0)));
    TestServer.Reply bad = server.post("/api/v1/survey/responses", "region", "{\"invitation\":\"" + invitation
        + "\",\"answers\":[{\"question\":\"helped-quickly\",\"answer\":\"6\"},{\"question\":\"no-such\",\"answer\":\"3\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("answers.helped-quickly").contains("answers.no-such");
    TestServer.Reply kept = answer(invitation, "4", "Snel en vriendelijk");
    assertThat(kept.status()).isEqualTo(201);
    assertThat(json(kept).path("answeredIn").asText()).isEqualTo("2026-03");
    assertThat(kept.body()).doesNotContain(invitation).doesNotContain(clients.get(0).value());
    assertThat(answer(invitation, "5", "nog eens").status()).as("answered once").isEqualTo(409);
    assertThat(answer(invitation, "5", "x").status()).isEqualTo(409);
    assertThat(server.post("/api/v1/survey/responses", "provider:98000001", "{\"invitation\":\"" + invitation
        + "\",\"answers\":[{\"question\":\"helped-quickly\",\"answer\":\"4\"}]}").status()).isEqualTo(403);
  }

  @Test
  void results_go_to_members_and_analysts_as_json_and_csv_free_texts_to_the_region_only() throws Exception {
    answer(invite(refused(clients.get(0))), "4", "=HYPERLINK(\\\"http://example.org\\\")");
    answer(invite(refused(clients.get(1))), "2", "Te lang gewacht, helaas");
    answer(invite(refused(clients.get(2))), "5", "Goed");

    JsonNode results = json(server.get("/api/v1/survey/results?by=occasion", "analyst"));
    JsonNode refusedGroup = results.path("groups").get(0);
    assertThat(refusedGroup.path("group").asText()).isEqualTo("refused");
    assertThat(refusedGroup.path("responses").asInt()).isEqualTo(3);
    JsonNode quickly = null;
    for (JsonNode cell : refusedGroup.path("statements")) {
      if (cell.path("statement").asText().equals("helped-quickly")) {
        quickly = cell;
      }
    }
    assertThat(quickly.path("respondents").asInt()).isEqualTo(3);
    assertThat(quickly.path("agreeing").asInt()).isEqualTo(2);
    assertThat(quickly.path("agreeBasisPoints").asLong()).isEqualTo(6667);
    assertThat(results.toString()).doesNotContain("Goed").doesNotContain("gewacht");

    TestServer.Reply csv = server.sendWithHeaders("GET", "/api/v1/survey/results?by=occasion", "Wmo-Actor", MEMBER,
        "Accept", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("content-type").orElseThrow()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("by,group,responses,statement,suppressed,respondents");
    assertThat(lines).contains("occasion,refused,3,helped-quickly,false,3,0,1,0,1,1,0,2,6667");
    assertThat(lines).as("a statement nobody answered is suppressed")
        .anyMatch(l -> l.startsWith("occasion,refused,3,quality-good,true,"));

    assertThat(server.get("/api/v1/survey/comments", "analyst").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/survey/comments", MEMBER).status()).isEqualTo(403);
    JsonNode comments = json(server.get("/api/v1/survey/comments", "region"));
    assertThat(comments.path("texts")).hasSize(3);
    String commentsCsv = server.sendWithHeaders("GET", "/api/v1/survey/comments", "Wmo-Actor", "region",
        "Accept", "text/csv;q=0.9, application/json;q=0.5").body();
    assertThat(commentsCsv).as("a formula is written as text")
        .contains("region,region,remarks,\"'=HYPERLINK(\"\"http://example.org\"\")\"");
    assertThat(server.get("/api/v1/survey/results?by=colour", "analyst").status()).isEqualTo(400);
    assertThat(server.get("/api/v1/survey/results", "provider:98000001").status()).isEqualTo(403);
    assertThat(server.get("/api/v1/survey/questionnaire", "analyst").body().getBytes(StandardCharsets.UTF_8))
        .isNotEmpty();
  }
}
