package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.settlement.SettlementApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.TARIFF;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.TODAY;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.wmokader.adapters.rest.iwmo.IwmoSchemas;
import nl.wmokader.adapters.rest.iwmo.IwmoTestXml;
import nl.wmokader.adapters.rest.iwmo.Message323Builder;
import nl.wmokader.adapters.rest.iwmo.Message325;
import nl.wmokader.adapters.rest.settlement.SettlementApi.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /iwmo/323}: hand-written 323 messages, sound and tampered with, and the 325s they get. */
class Iwmo323RoutesTest {
  static final String IWMO_323 = "/api/v1/iwmo/323";
  static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
  private static final String OTHER_MEMBER_NOT_IN_REGION = "0363";

  static Message323Builder message(Assigned... assigned) {
    Message323Builder m = new Message323Builder(MAASOEVER, "1721", FEBRUARY, TODAY);
    int n = 1;
    for (Assigned a : assigned) {
      m.line(hours(a, "R" + n++, 4, TARIFF));
    }
    return m;
  }

  static Message323Builder.Line hours(Assigned a, String reference, long hours, long tariff) {
    return new Message323Builder.Line(a.client(), reference, null, a.number(), "02", "02A01", FEBRUARY.atDay(1),
        FEBRUARY.atEndOfMonth(), hours, "04", tariff, hours * tariff, false);
  }

  static TestServer.Reply post(SettlementApi api, byte[] message) {
    return api.server.send("POST", IWMO_323, AS_MAASOEVER, "application/xml", message);
  }

  static Message325 answer(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.header("Content-Type").orElse("")).startsWith("application/xml");
    byte[] xml = reply.body().getBytes(StandardCharsets.UTF_8);
    IwmoSchemas.assertValid(IwmoSchemas.wmo325(), xml);
    return Message325.parse(xml);
  }

  private static long claims(SettlementApi api) {
    return api.server.get("/api/v1/claims", "region").json().path("totalItems").asLong();
  }

  @Test
  void a_sound_323_is_answered_line_by_line_with_a_325_that_validates() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Assigned b = api.assigned(MAASOEVER);
      Message323Builder m = message(a, b).line(hours(a, "R3", 2, 6000));
      IwmoSchemas.assertValid(IwmoSchemas.wmo323(), m.bytes());

      Message325 answer = answer(post(api, m.bytes()));

      assertThat(answer.header()).containsExactly("0200");
      assertThat(answer.claim()).containsExactly("0200");
      assertThat(answer.clients()).containsExactly(List.of("0200"), List.of("0200"));
      // grouped by client as sent: a's two lines, then b's
      // a's second line: another tariff, and a second debit of the same period
      assertThat(answer.lines()).containsExactly(List.of("8001"), List.of("0611", "9389"), List.of("8001"));
      assertThat(answer.text("Afzender")).isEqualTo("1721");
      assertThat(answer.text("Ontvanger")).isEqualTo(MAASOEVER);
      assertThat(answer.text("BerichtCode")).isEqualTo("485");
      assertThat(answer.document().getElementsByTagNameNS("http://www.istandaarden.nl/iwmo/3_2/basisschema/schema",
          "Identificatie").item(1).getTextContent()).isEqualTo("M1");   // the 323's, as DeclaratieIdentificatie
      assertThat(claims(api)).isEqualTo(1);
    }
  }

  @Test
  void an_unknown_assignment_number_is_9338_on_its_line() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Message323Builder m = message(a).line(hours(new Assigned("x", a.client(), "987654321"), "R2", 1, TARIFF));
      assertThat(answer(post(api, m.bytes())).lines()).containsExactly(List.of("8001"), List.of("9338"));
    }
  }

  @Test
  void a_bsn_failing_the_eleven_test_is_0001_for_its_client_and_nothing_is_assessed_or_stored() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Assigned b = api.assigned(MAASOEVER);
      Assigned badClient = new Assigned(b.id(), "999900019", b.number());   // nine digits, not eleven-proof
      Message325 answer = answer(post(api, message(a, badClient).bytes()));

      assertThat(answer.header()).containsExactly("0001");
      assertThat(answer.clients()).containsExactly(List.of("0233"), List.of("0001"));
      assertThat(answer.lines()).containsExactly(List.of("0233"), List.of("0233"));
      assertThat(claims(api)).isZero();
    }
  }

  @Test
  void the_same_message_again_gets_the_same_answer_and_another_with_its_identification_9056() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      byte[] first = message(a).bytes();
      TestServer.Reply one = post(api, first);
      TestServer.Reply again = post(api, first);
      assertThat(again.body()).isEqualTo(one.body());
      assertThat(claims(api)).isEqualTo(1);

      Message323Builder other = message(a);
      other.claimNumber = "D2";
      Message325 refused = answer(post(api, other.bytes()));
      assertThat(refused.header()).containsExactly("9056");
      assertThat(refused.hasAnswer()).isFalse();
      assertThat(claims(api)).isEqualTo(1);

      // another provider naming this one as Afzender, with the same bytes, reads nothing of its answer
      TestServer.Reply probe = api.server.send("POST", IWMO_323, SettlementApi.AS_ZORGKRACHT, "application/xml", first);
      Message325 foreign = answer(probe);
      assertThat(foreign.header()).containsExactly("0001");
      assertThat(foreign.hasAnswer()).isFalse();
      assertThat(probe.body()).doesNotContain(a.client());
      assertThat(claims(api)).isEqualTo(1);
    }
  }

  @Test
  void header_faults_are_0001_8848_and_9333_with_nothing_stored() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Message323Builder wrongVersion = message(a);
      wrongVersion.subversion = "1";
      wrongVersion.identification = "V";
      Message323Builder wrongCode = message(a);
      wrongCode.code = "485";
      wrongCode.identification = "C";
      Message323Builder wrongSender = message(a);
      wrongSender.sender = "98000003";
      wrongSender.identification = "S";
      for (Message323Builder m : List.of(wrongVersion, wrongCode, wrongSender)) {
        Message325 answer = answer(post(api, m.bytes()));
        assertThat(answer.header()).as(m.identification).containsExactly("0001");
        assertThat(answer.hasAnswer()).isFalse();
      }
      Message323Builder future = message(a);
      future.dagtekening = TODAY.plusDays(1).toString();
      future.identification = "F";
      assertThat(answer(post(api, future.bytes())).header()).containsExactly("8848");
      assertThat(claims(api)).isZero();

      Message323Builder wrongReceiver = message(a);
      wrongReceiver.receiver = OTHER_MEMBER_NOT_IN_REGION;
      wrongReceiver.identification = "R";
      Message325 notOurs = answer(post(api, wrongReceiver.bytes()));
      assertThat(notOurs.header()).containsExactly("0001");
      assertThat(notOurs.claim()).containsExactly("0001");   // the claim's addressee, named by the core
      assertThat(notOurs.text("Afzender")).isEqualTo(OTHER_MEMBER_NOT_IN_REGION);
      assertThat(claims(api)).isZero();

      answer(post(api, message(a).bytes()));
      Message323Builder sameNumber = message(a).line(hours(a, "R9", 1, TARIFF));
      sameNumber.identification = "N";
      assertThat(answer(post(api, sameNumber.bytes())).header()).containsExactly("9333");
      assertThat(claims(api)).isEqualTo(1);
    }
  }

  @Test
  void malformed_xml_a_byte_order_mark_and_a_value_not_of_its_type_are_0001() {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      String sound = message(a).xml();
      String truncated = sound.substring(0, sound.indexOf("</wmo323:Clienten>"));
      String badDate = message(a).xml().replace("<iwmo:Einddatum>2026-02-28</iwmo:Einddatum></wmo323:ProductPeriode>",
          "<iwmo:Einddatum>2026-02-30</iwmo:Einddatum></wmo323:ProductPeriode>").replace(">M1<", ">M2<");
      assertThat(badDate).contains("2026-02-30");
      byte[] bom = IwmoTestXml.withBom(message(a).xml().replace(">M1<", ">M3<").getBytes(StandardCharsets.UTF_8));
      for (byte[] m : List.of(truncated.getBytes(StandardCharsets.UTF_8), badDate.getBytes(StandardCharsets.UTF_8), bom)) {
        Message325 answer = answer(post(api, m));
        assertThat(answer.header()).containsExactly("0001");
        assertThat(answer.hasAnswer()).isFalse();
      }
      assertThat(claims(api)).isZero();
    }
  }

  @Test
  void what_has_no_readable_header_is_a_400_and_an_external_entity_is_never_read(@TempDir Path dir) throws Exception {
    try (SettlementApi api = new SettlementApi()) {
      Assigned a = api.assigned(MAASOEVER);
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "TOPSECRET");
      String xxe = message(a).xml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE wmo323:Bericht [<!ENTITY xxe SYSTEM \""
              + secret.toUri() + "\">]>\n").replace(">M1<", ">&xxe;<");
      TestServer.Reply reply = post(api, xxe.getBytes(StandardCharsets.UTF_8));
      assertProblem(reply, 400, "unreadable_message");
      assertThat(reply.body()).doesNotContain("TOPSECRET");
      assertProblem(post(api, "not xml at all".getBytes(StandardCharsets.UTF_8)), 400, "unreadable_message");
      assertProblem(api.server.send("POST", IWMO_323, AS_MAASOEVER, "application/json", message(a).bytes()), 415,
          "unsupported_media_type");
      assertProblem(api.server.send("POST", IWMO_323, BERNHEZE_STAFF, "application/xml", message(a).bytes()), 403,
          "forbidden");
      assertThat(claims(api)).isZero();
    }
  }

  static LocalDate today() {
    return TODAY;
  }
}
