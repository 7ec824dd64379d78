package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ISSUE_DAY;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.adapters.rest.iwmo.IwmoSchemas;
import nl.wmokader.adapters.rest.iwmo.RequestMessageBuilder;
import nl.wmokader.adapters.rest.iwmo.Retour;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;

/**
 * Providers' requests as iWmo messages: hand-written 315 and 317 messages, sound and tampered with,
 * the 316 and 318 they get at once, the 319 on a refused request and the provider's 320 on it.
 */
class IwmoRequestRoutesTest {
  private static final String IWMO = "/api/v1/iwmo/";
  private static final LocalDate FROM = LocalDate.of(2026, 2, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);
  /** Nine digits that fail the eleven-test. */
  private static final String NOT_A_BSN = "999900019";

  static RequestMessageBuilder.Asked guidance(String reference) {
    return new RequestMessageBuilder.Asked(reference, "02", "02A01", FROM, UNTIL, "3", "04", "2");
  }

  static RequestMessageBuilder request315(Bsn client, RequestMessageBuilder.Asked... asked) {
    RequestMessageBuilder m = new RequestMessageBuilder(MAASOEVER, "1721", client.value(), ISSUE_DAY);
    m.asked.addAll(List.of(asked));
    return m;
  }

  static TestServer.Reply post(AssignmentApi api, String type, String actor, byte[] message) {
    return api.server.send("POST", IWMO + type, actor, "application/xml", message);
  }

  /** The retour of a 200 answer, after checking it against its (test) schema. */
  static Retour retour(TestServer.Reply reply, String type) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.header("Content-Type").orElse("")).startsWith("application/xml");
    byte[] xml = reply.body().getBytes(StandardCharsets.UTF_8);
    IwmoSchemas.assertValid(type.equals("319") ? IwmoSchemas.standard(type) : IwmoSchemas.testSchema(type), xml);
    return Retour.parse(xml);
  }

  /** Sends {@code m} as a 315 and reads its 316; a message the test did not tamper with is valid by WMO315.xsd. */
  static Retour send315(AssignmentApi api, RequestMessageBuilder m) {
    return retour(post(api, "315", AS_MAASOEVER, RequestMessageBuilder.bytes(m.xml315())), "316");
  }

  /** Sends {@code m} as a 317 after checking it against WMO317.xsd, and reads its 318. */
  static Retour send317(AssignmentApi api, RequestMessageBuilder m) {
    byte[] message = RequestMessageBuilder.bytes(m.xml317());
    IwmoSchemas.assertValid(IwmoSchemas.standard("317"), message);
    return retour(post(api, "317", AS_MAASOEVER, message), "318");
  }

  private static int requests(AssignmentApi api) {
    return api.server.get("/api/v1/assignment-requests", "region").json().path("totalItems").asInt();
  }

  @Test
  void a_sound_315_is_answered_with_a_316_per_product_and_becomes_a_request() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      RequestMessageBuilder m = request315(client, guidance("VZ-1"), guidance("VZ-2"));
      IwmoSchemas.assertValid(IwmoSchemas.standard("315"), RequestMessageBuilder.bytes(m.xml315()));

      Retour r = send315(api, m);

      assertThat(r.header()).containsExactly("0200");
      assertThat(r.codes("Client")).containsExactly(List.of("0200"));
      assertThat(r.codes("AangevraagdProduct")).containsExactly(List.of("0200"), List.of("0200"));
      assertThat(r.text("BerichtCode")).isEqualTo("445");
      // a retour repeats the header of the message it answers, then adds its own identification
      assertThat(r.text("Afzender")).isEqualTo(MAASOEVER);
      assertThat(r.text("Ontvanger")).isEqualTo("1721");
      assertThat(r.text("Identificatie")).isEqualTo("V1");
      assertThat(r.text("IdentificatieRetour")).isNotEqualTo("V1").matches("[0-9A-Z]{1,12}");
      assertThat(r.text("DagtekeningRetour")).isEqualTo(ISSUE_DAY.toString());
      var stored = api.server.get("/api/v1/assignment-requests?reference=VZ-2", AS_MAASOEVER).json().path("items");
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).path("client").asText()).isEqualTo(client.value());
      assertThat(stored.get(0).path("status").asText()).isEqualTo("OPEN");
      assertThat(stored.get(0).path("volume").toString()).isEqualTo("{\"quantity\":3,\"unit\":\"HOUR\",\"frequency\":\"PER_WEEK\"}");
      assertThat(requests(api)).isEqualTo(2);
    }
  }

  @Test
  void the_same_315_again_gets_the_same_316_and_another_under_its_identification_9056() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      byte[] first = RequestMessageBuilder.bytes(request315(client, guidance("VZ-1")).xml315());
      TestServer.Reply one = post(api, "315", AS_MAASOEVER, first);
      assertThat(post(api, "315", AS_MAASOEVER, first).body()).isEqualTo(one.body());
      assertThat(requests(api)).isEqualTo(1);

      Retour other = retour(post(api, "315", AS_MAASOEVER,
          RequestMessageBuilder.bytes(request315(client, guidance("VZ-2")).xml315())), "316");
      assertThat(other.header()).containsExactly("9056");
      assertThat(other.codes("Client")).isEmpty();
      assertThat(requests(api)).isEqualTo(1);
    }
  }

  @Test
  void a_reference_used_before_is_9347_on_its_product_and_the_others_go_on() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      post(api, "315", AS_MAASOEVER, RequestMessageBuilder.bytes(request315(client, guidance("VZ-1")).xml315()));
      RequestMessageBuilder again = request315(client, guidance("VZ-1"), guidance("VZ-3"));
      again.identification = "V2";
      Retour r = send315(api, again);
      assertThat(r.codes("AangevraagdProduct")).containsExactly(List.of("9347"), List.of("0200"));
      assertThat(requests(api)).isEqualTo(2);
    }
  }

  @Test
  void a_bsn_failing_the_eleven_test_is_0001_for_the_client_and_nothing_is_stored() {
    try (AssignmentApi api = new AssignmentApi()) {
      RequestMessageBuilder m = new RequestMessageBuilder(MAASOEVER, "1721", NOT_A_BSN, ISSUE_DAY);
      m.asked.add(guidance("VZ-1"));
      IwmoSchemas.assertValid(IwmoSchemas.standard("315"), RequestMessageBuilder.bytes(m.xml315()));
      Retour r = send315(api, m);
      assertThat(r.codes("Client")).containsExactly(List.of("0001"));
      assertThat(r.codes("AangevraagdProduct")).containsExactly(List.of("0233"));
      assertThat(requests(api)).isZero();
    }
  }

  @Test
  void a_product_the_rules_refuse_is_0001_on_itself_alone() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      RequestMessageBuilder m = request315(client, guidance("VZ-1"),
          new RequestMessageBuilder.Asked("VZ-2", "02", "02A01", FROM, null, "3", "04", "2"));   // weekly, no end
      Retour r = send315(api, m);
      assertThat(r.codes("AangevraagdProduct")).containsExactly(List.of("0200"), List.of("0001"));
      assertThat(requests(api)).isEqualTo(1);
    }
  }

  @Test
  void a_tampered_header_is_answered_at_the_header_alone_and_stores_nothing() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      RequestMessageBuilder wrongVersion = request315(client, guidance("VZ-1"));
      wrongVersion.subversion = "1";
      RequestMessageBuilder notAMember = request315(client, guidance("VZ-1"));
      notAMember.receiver = "0363";
      notAMember.identification = "V2";
      RequestMessageBuilder otherSender = request315(client, guidance("VZ-1"));
      otherSender.sender = ZORGKRACHT;
      otherSender.identification = "V3";
      RequestMessageBuilder wrongCode = request315(client, guidance("VZ-1"));
      wrongCode.code = "480";
      wrongCode.identification = "V4";
      for (RequestMessageBuilder m : List.of(wrongVersion, notAMember, otherSender, wrongCode)) {
        Retour r = send315(api, m);
        assertThat(r.header()).as(m.identification).containsExactly("0001");
        assertThat(r.codes("Client")).isEmpty();
      }
      RequestMessageBuilder future = request315(client, guidance("VZ-1"));
      future.dagtekening = ISSUE_DAY.plusDays(1).toString();
      future.identification = "V5";
      assertThat(send315(api, future).header())
          .containsExactly("8848");
      byte[] bom = RequestMessageBuilder.bytes("\uFEFF" + request315(client, guidance("VZ-1")).xml315().replace("V1", "V6"));
      assertThat(retour(post(api, "315", AS_MAASOEVER, bom), "316").header()).containsExactly("0001");
      assertThat(requests(api)).isZero();
    }
  }

  @Test
  void what_is_not_a_message_is_an_http_problem() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String sound = request315(client, guidance("VZ-1")).xml315();
      String withDtd = sound.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n");
      assertProblem(post(api, "315", AS_MAASOEVER, RequestMessageBuilder.bytes(withDtd)), 400, "unreadable_message");
      assertProblem(post(api, "315", AS_MAASOEVER, RequestMessageBuilder.bytes("{\"not\":\"xml\"}")), 400,
          "unreadable_message");
      assertProblem(api.server.send("POST", IWMO + "315", AS_MAASOEVER, "application/json",
          RequestMessageBuilder.bytes(sound)), 415, "unsupported_media_type");
      assertProblem(post(api, "315", BERNHEZE_STAFF, RequestMessageBuilder.bytes(sound)), 403, "forbidden");
      assertThat(requests(api)).isZero();
    }
  }

  RequestMessageBuilder change317(Bsn client, String number) {
    RequestMessageBuilder m = new RequestMessageBuilder(MAASOEVER, "1721", client.value(), ISSUE_DAY);
    m.changes.add(new RequestMessageBuilder.Change(number, LocalDate.of(2026, 3, 1), UNTIL, "5", "04", "2"));
    return m;
  }

  String number(AssignmentApi api, String assignment) {
    return api.server.get("/api/v1/assignments/" + assignment, "region").json().path("number").asText();
  }

  @Test
  void a_sound_317_on_the_providers_own_assignment_is_0200_and_becomes_a_change_request() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String number = number(api, api.issued(api.granted(client), MAASOEVER));
      RequestMessageBuilder m = change317(client, number);
      m.unchanged.add("999");
      Retour r = send317(api, m);
      assertThat(r.header()).containsExactly("0200");
      assertThat(r.codes("Client")).containsExactly(List.of("0200"));
      assertThat(r.codes("Verzoek")).containsExactly(List.of("0200"));
      assertThat(r.codes("TeWijzigenProduct")).containsExactly(List.of("0200"));
      assertThat(r.text("BerichtCode")).isEqualTo("481");
      var stored = api.server.get("/api/v1/assignment-requests?reference=VW-1", AS_MAASOEVER).json().path("items");
      assertThat(stored.get(0).path("kind").asText()).isEqualTo("CHANGE");
      assertThat(stored.get(0).path("assignment").asText()).isEqualTo(number);
      assertThat(stored.get(0).path("volume").path("quantity").asInt()).isEqualTo(5);
    }
  }

  @Test
  void a_317_on_an_unknown_or_another_providers_assignment_is_9351() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String others = number(api, api.issued(api.granted(client), ZORGKRACHT));
      RequestMessageBuilder onOthers = change317(client, others);
      RequestMessageBuilder unknown = change317(client, "987654321");
      unknown.identification = "V2";
      unknown.reference = "VW-2";
      for (RequestMessageBuilder m : List.of(onOthers, unknown)) {
        Retour r = send317(api, m);
        assertThat(r.codes("TeWijzigenProduct")).containsExactly(List.of("9351"));
        assertThat(r.codes("Verzoek")).containsExactly(List.of("0200"));
      }
      RequestMessageBuilder badBsn = change317(client, others);
      badBsn.bsn = NOT_A_BSN;
      badBsn.identification = "V3";
      assertThat(send317(api, badBsn).codes("Client")).containsExactly(List.of("0001"));
      assertThat(requests(api)).isZero();
    }
  }

  @Test
  void a_317_asking_for_new_products_or_several_changes_is_not_yet_carried_out() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      String number = number(api, api.issued(api.granted(client), MAASOEVER));
      RequestMessageBuilder withNew = change317(client, number);
      withNew.newProduct = true;
      Retour r = send317(api, withNew);
      assertThat(r.codes("Verzoek")).containsExactly(List.of("0001"));
      assertThat(r.codes("TeWijzigenProduct")).containsExactly(List.of("0233"));
      assertThat(requests(api)).isZero();
    }
  }

  @Test
  void a_refused_request_is_answered_by_a_319_its_provider_and_municipality_fetch_and_a_320_is_recorded() {
    try (AssignmentApi api = new AssignmentApi()) {
      Bsn client = api.newClient();
      post(api, "315", AS_MAASOEVER, RequestMessageBuilder.bytes(request315(client, guidance("VZ-1")).xml315()));
      String id = api.server.get("/api/v1/assignment-requests?reference=VZ-1", AS_MAASOEVER).json()
          .path("items").get(0).path("id").asText();
      assertProblem(api.server.get(IWMO + "319/" + id, AS_MAASOEVER), 404, "not_found");   // open: no answer yet
      assertThat(api.server.post("/api/v1/assignment-requests/" + id + "/refuse", BERNHEZE_STAFF,
          "{\"reason\":\"6\"}").status()).isEqualTo(200);

      TestServer.Reply first = api.server.get(IWMO + "319/" + id, AS_MAASOEVER);
      Retour answer = retour(first, "319");
      assertThat(answer.text("BerichtCode")).isEqualTo("482");
      assertThat(answer.text("Afzender")).isEqualTo("1721");
      assertThat(answer.text("Ontvanger")).isEqualTo(MAASOEVER);
      assertThat(answer.text("ReferentieAanbieder")).isEqualTo("VZ-1");
      assertThat(answer.text("VerzoekAntwoord")).isEqualTo("1");
      assertThat(answer.text("RedenAfwijzingVerzoek")).isEqualTo("6");
      assertThat(api.server.get(IWMO + "319/" + id, BERNHEZE_STAFF).body()).isEqualTo(first.body());
      assertProblem(api.server.get(IWMO + "319/" + id, AS_ZORGKRACHT), 404, "not_found");
      assertProblem(api.server.get(IWMO + "319/" + id, BOEKEL_STAFF), 404, "not_found");
      assertProblem(api.server.get(IWMO + "319/not-a-uuid", AS_MAASOEVER), 400, "invalid_input");

      // the 320 repeats the 319's header (the municipality as Afzender, the 319's identification)
      RequestMessageBuilder retour = new RequestMessageBuilder("1721", MAASOEVER, client.value(), ISSUE_DAY);
      retour.identification = answer.text("Identificatie");
      byte[] on319 = RequestMessageBuilder.bytes(retour.xml320("R320-1", ISSUE_DAY.toString(), "VZ-1"));
      assertThat(post(api, "320", AS_MAASOEVER, on319).status()).isEqualTo(204);
      assertThat(post(api, "320", AS_MAASOEVER, on319).status()).isEqualTo(204);
      assertProblem(post(api, "320", AS_MAASOEVER, RequestMessageBuilder.bytes(
          retour.xml320("R320-1", ISSUE_DAY.toString(), "VZ-2"))), 409, "identification_not_unique");
      RequestMessageBuilder wrongVersion = new RequestMessageBuilder("1721", MAASOEVER, client.value(), ISSUE_DAY);
      wrongVersion.version = "2";
      wrongVersion.identification = answer.text("Identificatie");
      assertProblem(post(api, "320", AS_MAASOEVER, RequestMessageBuilder.bytes(
          wrongVersion.xml320("R320-2", ISSUE_DAY.toString(), "VZ-1"))), 422, "retour_not_accepted");
      // a 320 naming another provider as Ontvanger (as a provider-sent message would) is not this provider's retour
      RequestMessageBuilder turned = new RequestMessageBuilder(MAASOEVER, "1721", client.value(), ISSUE_DAY);
      assertProblem(post(api, "320", AS_MAASOEVER, RequestMessageBuilder.bytes(
          turned.xml320("R320-3", ISSUE_DAY.toString(), "VZ-1"))), 422, "retour_not_accepted");
      assertProblem(post(api, "320", BERNHEZE_STAFF, on319), 403, "forbidden");
    }
  }
}
