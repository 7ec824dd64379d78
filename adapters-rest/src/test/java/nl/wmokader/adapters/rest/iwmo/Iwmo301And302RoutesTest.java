package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.BOEKEL_STAFF;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.TODAY;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.WmoKaderRoutes;
import nl.wmokader.adapters.rest.iwmo.DeliveryScene.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.shared.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code GET /iwmo/301/{assignmentId}} and {@code POST /iwmo/302}: the municipality's assignment as
 * a 301 that validates against the standard's schema, scoped as the JSON assignment routes are, and
 * the provider's 302 on it recorded once.
 */
class Iwmo301And302RoutesTest {
  private static final String NS = "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema";
  private static final String BASIS = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

  static TestServer.Reply fetch(DeliveryScene scene, String actor, String id) {
    return scene.server.get("/api/v1/iwmo/301/" + id, actor);
  }

  /** The 301 fetched, checked against the standard's WMO301.xsd. */
  static Document message301(TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.header("Content-Type").orElse("")).startsWith("application/xml");
    byte[] xml = reply.body().getBytes(StandardCharsets.UTF_8);
    IwmoSchemas.assertValid(IwmoSchemas.standard("301"), xml);
    return IwmoTestXml.dom(xml);
  }

  static List<String> all(Document doc, String ns, String name) {
    List<String> texts = new ArrayList<>();
    var nodes = doc.getElementsByTagNameNS(ns, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void the_provider_fetches_its_assignment_as_a_301_that_validates() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      Document doc = message301(fetch(scene, AS_MAASOEVER, a.id()));

      assertThat(all(doc, NS, "BerichtCode")).containsExactly("414");
      assertThat(all(doc, NS, "Afzender")).containsExactly("1721");
      assertThat(all(doc, NS, "Ontvanger")).containsExactly(MAASOEVER);
      assertThat(all(doc, NS, "Bsn")).containsExactly(a.client());
      assertThat(all(doc, NS, "ToewijzingNummer")).containsExactly(a.number());
      assertThat(all(doc, BASIS, "Code")).containsExactly("02A01");
      assertThat(all(doc, NS, "Ingangsdatum")).containsExactly("2026-02-01");
      assertThat(all(doc, NS, "Einddatum")).containsExactly("2026-12-31");
      assertThat(all(doc, NS, "Toewijzingsdatum")).containsExactly("2026-01-29");
      assertThat(all(doc, BASIS, "Volume")).containsExactly("3");
      assertThat(all(doc, BASIS, "Eenheid")).containsExactly("04");
      assertThat(all(doc, BASIS, "Frequentie")).containsExactly("2");
      // what the core does not hold is the standard's own "unknown", never made-up particulars
      assertThat(all(doc, BASIS, "DatumGebruik")).containsExactly("3");
      assertThat(all(doc, NS, "Geslacht")).containsExactly("0");
      assertThat(all(doc, BASIS, "Dagtekening")).containsExactly(TODAY.toString());
    }
  }

  @Test
  void the_same_301_asked_for_again_is_the_same_message_and_a_changed_one_a_new_message() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      TestServer.Reply first = fetch(scene, AS_MAASOEVER, a.id());
      String id = all(message301(first), BASIS, "Identificatie").get(0);
      scene.clock.set(TODAY.plusDays(1));
      assertThat(fetch(scene, BERNHEZE_STAFF, a.id()).body()).isEqualTo(first.body());

      right(scene.wmo.indication().changeAssignmentVolume().changeAssignmentVolume(
          Actor.municipality(DeliveryScene.BERNHEZE), new ChangeAssignmentVolumeCommand(
              new AssignmentId(java.util.UUID.fromString(a.id())), TODAY.plusDays(2),
              new Volume(5, Unit.HOUR, Frequency.PER_WEEK), false)));
      Document changed = message301(fetch(scene, AS_MAASOEVER, a.id()));
      assertThat(all(changed, BASIS, "Identificatie").get(0)).isNotEqualTo(id);
      assertThat(all(changed, BASIS, "Dagtekening")).containsExactly(TODAY.plusDays(1).toString());
    }
  }

  @Test
  void the_embedders_particulars_of_a_client_go_into_its_301() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      Assigned other = scene.assigned(MAASOEVER);
      IwmoClientParticulars records = client -> client.value().equals(a.client())
          ? Option.some(new IwmoClientParticulars.Particulars(LocalDate.of(1948, 5, 17), "2", "Testpersoon", "van",
              "JM"))
          : Option.none();
      try (TestServer server = TestServer.start(TestServer.options(),
          List.of(WmoKaderRoutes.iwmo(scene.wmo, new InMemoryIwmoMessageLog(), records)))) {
        Document doc = message301(server.get("/api/v1/iwmo/301/" + a.id(), AS_MAASOEVER));
        assertThat(all(doc, BASIS, "Datum")).containsExactly("1948-05-17");
        assertThat(all(doc, BASIS, "DatumGebruik")).isEmpty();
        assertThat(all(doc, NS, "Geslacht")).containsExactly("2");
        assertThat(all(doc, BASIS, "Achternaam")).containsExactly("Testpersoon");
        assertThat(all(doc, BASIS, "Voorvoegsel")).containsExactly("van");
        assertThat(all(doc, BASIS, "Voorletters")).containsExactly("JM");

        Document unknown = message301(server.get("/api/v1/iwmo/301/" + other.id(), AS_MAASOEVER));
        assertThat(all(unknown, BASIS, "DatumGebruik")).containsExactly("3");
        assertThat(all(unknown, BASIS, "Achternaam")).containsExactly(Message301Writer.UNKNOWN_NAME);
      }
    }
  }

  @Test
  void a_301_holds_every_current_assignment_of_the_client_from_that_municipality_to_that_provider() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      var client = scene.newClient();
      Assigned a = scene.assigned(MAASOEVER, client);
      Assigned other = scene.assigned(MAASOEVER);   // another client: never in a's 301
      // a change of volume from tomorrow: a ends today, a new assignment takes over
      var change = right(scene.wmo.indication().changeAssignmentVolume().changeAssignmentVolume(
          Actor.municipality(DeliveryScene.BERNHEZE), new ChangeAssignmentVolumeCommand(
              new AssignmentId(java.util.UUID.fromString(a.id())), TODAY.plusDays(1),
              new Volume(5, Unit.HOUR, Frequency.PER_WEEK), false)));
      String next = change.issued().number().get().toString();

      Document doc = message301(fetch(scene, AS_MAASOEVER, a.id()));
      assertThat(all(doc, NS, "ToewijzingNummer")).containsExactly(a.number(), next);
      assertThat(all(doc, NS, "Bsn")).containsExactly(client.value());
      assertThat(all(doc, BASIS, "Volume")).containsExactly("3", "5");
      assertThat(all(doc, NS, "ToewijzingNummer")).doesNotContain(other.number());
    }
  }

  @Test
  void a_301_is_read_as_the_assignment_is_and_never_another_providers() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      message301(fetch(scene, BERNHEZE_STAFF, a.id()));
      message301(fetch(scene, "region", a.id()));
      TestServer.Reply theirs = fetch(scene, AS_ZORGKRACHT, a.id());
      assertProblem(theirs, 404, "not_found");
      assertThat(theirs.body()).doesNotContain(a.client());
      assertProblem(fetch(scene, BOEKEL_STAFF, a.id()), 404, "not_found");
      assertProblem(fetch(scene, "supervisor", a.id()), 403, "forbidden");
      assertProblem(fetch(scene, AS_MAASOEVER, "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e"), 404, "not_found");
      assertThat(fetch(scene, AS_MAASOEVER, "not-a-uuid").status()).isEqualTo(400);
    }
  }

  /** A 302 answering the 301 {@code answered} with header retourcode 0200. */
  static String message302(String municipality, String provider, String answered, String own, String dagtekening,
                           String version) {
    String p = "wmo302";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wmo302:Bericht xmlns:wmo302=\"http://www.istandaarden.nl/iwmo/3_2/"
        + "wmo302/schema\" xmlns:iwmo=\"" + BASIS + "\"><wmo302:Header>"
        + e(p, "BerichtCode", "415") + e(p, "BerichtVersie", version) + e(p, "BerichtSubversie", "2")
        + e(p, "Afzender", municipality) + e(p, "Ontvanger", provider)
        + "<wmo302:BerichtIdentificatie><iwmo:Identificatie>" + answered + "</iwmo:Identificatie><iwmo:Dagtekening>"
        + TODAY + "</iwmo:Dagtekening></wmo302:BerichtIdentificatie><wmo302:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0"
        + "</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></wmo302:XsdVersie>"
        + e(p, "IdentificatieRetour", own) + e(p, "DagtekeningRetour", dagtekening) + e(p, "XsltVersie", "1.0.0")
        + "<wmo302:XsdVersieRetour><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>"
        + "1.0.0</iwmo:BerichtXsdVersie></wmo302:XsdVersieRetour><wmo302:RetourCodes>" + e(p, "RetourCode", "0200")
        + "</wmo302:RetourCodes></wmo302:Header><wmo302:Client>" + e(p, "Bsn", "999900006")
        + "</wmo302:Client></wmo302:Bericht>\n";
  }

  private static String e(String p, String name, String text) {
    return "<" + p + ":" + name + ">" + text + "</" + p + ":" + name + ">";
  }

  static JsonNode answer302(DeliveryScene scene, String actor, String message) {
    TestServer.Reply reply = scene.server.send("POST", "/api/v1/iwmo/302", actor, "application/xml",
        message.getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> faults(JsonNode ack) {
    List<String> faults = new ArrayList<>();
    ack.path("faults").forEach(f -> faults.add(f.asText()));
    return faults;
  }

  @Test
  void a_302_on_a_301_is_recorded_once() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      String id = all(message301(fetch(scene, AS_MAASOEVER, a.id())), BASIS, "Identificatie").get(0);
      String sound = message302("1721", MAASOEVER, id, "R1", TODAY.toString(), "3");

      JsonNode ack = answer302(scene, AS_MAASOEVER, sound);
      assertThat(ack.path("recorded").asBoolean()).as(ack.toString()).isTrue();
      assertThat(ack.path("answers").asText()).isEqualTo(id);
      assertThat(ack.path("retourCodes").get(0).asText()).isEqualTo("0200");
      assertThat(faults(ack)).isEmpty();

      assertThat(answer302(scene, AS_MAASOEVER, sound)).isEqualTo(ack);   // the same 302 again: the same answer
      JsonNode second = answer302(scene, AS_MAASOEVER, message302("1721", MAASOEVER, id, "R2", TODAY.toString(), "3"));
      assertThat(second.path("recorded").asBoolean()).isFalse();
      assertThat(faults(second)).containsExactly("already_answered");
      JsonNode reused = answer302(scene, AS_MAASOEVER, message302("1721", MAASOEVER, "X9", "R1", TODAY.toString(), "3"));
      assertThat(faults(reused)).containsExactly("identification_not_unique");
    }
  }

  @Test
  void a_302_with_faults_is_not_recorded_and_says_why() throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      String id = all(message301(fetch(scene, AS_MAASOEVER, a.id())), BASIS, "Identificatie").get(0);

      assertThat(faults(answer302(scene, AS_MAASOEVER,
          message302("1721", MAASOEVER, "NOSUCH", "F1", TODAY.toString(), "3")))).containsExactly("unknown_301");
      assertThat(faults(answer302(scene, AS_MAASOEVER,
          message302("1721", MAASOEVER, id, "F2", TODAY.plusDays(1).toString(), "3"))))
          .containsExactly("dagtekening_in_future");
      assertThat(faults(answer302(scene, AS_MAASOEVER,
          message302("1721", MAASOEVER, id, "F3", TODAY.toString(), "2")))).containsExactly("header");
      assertThat(faults(answer302(scene, AS_MAASOEVER,
          message302("0363", MAASOEVER, id, "F4", TODAY.toString(), "3")))).containsExactly("sender");
      // another provider cannot answer (or learn of) this provider's 301
      assertThat(faults(answer302(scene, AS_ZORGKRACHT,
          message302("1721", MAASOEVER, id, "F5", TODAY.toString(), "3")))).containsExactly("receiver");
      assertThat(faults(answer302(scene, AS_ZORGKRACHT,
          message302("1721", ZORGKRACHT, id, "F6", TODAY.toString(), "3")))).containsExactly("unknown_301");

      // none of them answered it: the provider's own sound 302 still is the first
      JsonNode ack = answer302(scene, AS_MAASOEVER, message302("1721", MAASOEVER, id, "OK", TODAY.toString(), "3"));
      assertThat(ack.path("recorded").asBoolean()).isTrue();
    }
  }

  @Test
  void what_is_no_302_is_a_problem(@TempDir Path dir) throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "TOPSECRET");
      String xxe = message302("1721", MAASOEVER, "A1", "R1", TODAY.toString(), "3")
          .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<!DOCTYPE wmo302:Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n")
          .replace(">R1<", ">&xxe;<");
      TestServer.Reply reply = scene.server.send("POST", "/api/v1/iwmo/302", AS_MAASOEVER, "application/xml",
          xxe.getBytes(StandardCharsets.UTF_8));
      assertProblem(reply, 400, "unreadable_message");
      assertThat(reply.body()).doesNotContain("TOPSECRET");
      assertProblem(scene.server.send("POST", "/api/v1/iwmo/302", BERNHEZE_STAFF, "application/xml",
          message302("1721", MAASOEVER, "A1", "R1", TODAY.toString(), "3").getBytes(StandardCharsets.UTF_8)),
          403, "forbidden");
    }
  }
}
