package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.AS_ZORGKRACHT;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.BERNHEZE_STAFF;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.TODAY;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.ZORGKRACHT;
import static nl.wmokader.adapters.rest.testing.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.wmokader.adapters.rest.iwmo.DeliveryMessageBuilder.Product;
import nl.wmokader.adapters.rest.iwmo.DeliveryScene.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /iwmo/305} and {@code /iwmo/307}: hand-written start and stop messages, sound and
 * tampered with, the 306 and 308 they get, and what they change.
 */
class Iwmo305And307RoutesTest {
  private static final LocalDate STARTED = LocalDate.of(2026, 2, 9);
  private static final String NOT_IN_REGION = "0363";

  static DeliveryMessageBuilder start(Assigned a) {
    return DeliveryMessageBuilder.start(MAASOEVER, "1721", a.client(), TODAY).product(Product.start(a.number(), STARTED));
  }

  static DeliveryMessageBuilder stop(Assigned a, LocalDate begin, String reason, LocalDate end) {
    DeliveryMessageBuilder m = DeliveryMessageBuilder.stop(MAASOEVER, "1721", a.client(), TODAY)
        .product(Product.stop(a.number(), begin, reason, end));
    m.identification = "T1";
    return m;
  }

  static TestServer.Reply post(DeliveryScene scene, String actor, DeliveryMessageBuilder m) {
    return post(scene, actor, m.number(), m.bytes());
  }

  static TestServer.Reply post(DeliveryScene scene, String actor, String number, byte[] message) {
    return scene.server.send("POST", "/api/v1/iwmo/" + number, actor, "application/xml", message);
  }

  /** The retour of a 305 (a 306) or a 307 (a 308), checked against its test schema. */
  static DeliveryRetour retour(String number, TestServer.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.header("Content-Type").orElse("")).startsWith("application/xml");
    byte[] xml = reply.body().getBytes(StandardCharsets.UTF_8);
    String retour = number.equals("305") ? "306" : "308";
    IwmoSchemas.assertValid(IwmoSchemas.testSchema(retour), xml);
    return DeliveryRetour.parse(retour, xml);
  }

  static DeliveryRetour answer(DeliveryScene scene, DeliveryMessageBuilder m) {
    return retour(m.number(), post(scene, AS_MAASOEVER, m));
  }

  @Test
  void a_sound_305_starts_delivery_and_is_answered_with_a_306_that_validates() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      DeliveryMessageBuilder m = start(a);
      IwmoSchemas.assertValid(IwmoSchemas.standard("305"), m.bytes());

      DeliveryRetour retour = answer(scene, m);

      assertThat(retour.header()).containsExactly("0200");
      assertThat(retour.client()).containsExactly("0200");
      assertThat(retour.products()).containsExactly(List.of("0200"));
      assertThat(retour.text("BerichtCode")).isEqualTo("419");
      assertThat(retour.text("Afzender")).isEqualTo(MAASOEVER);
      assertThat(retour.text("Ontvanger")).isEqualTo("1721");
      assertThat(retour.basis("Identificatie")).isEqualTo("S1");   // the 305's own
      assertThat(retour.text("IdentificatieRetour")).isNotEqualTo("S1");
      assertThat(retour.text("Bsn")).isEqualTo(a.client());
      assertThat(scene.stored(a).status()).isEqualTo(AssignmentStatus.DELIVERING);
      assertThat(scene.stored(a).deliveryStart().get()).isEqualTo(STARTED);
    }
  }

  @Test
  void a_sound_307_stops_delivery_and_is_answered_with_a_308_that_validates() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      answer(scene, start(a));
      DeliveryMessageBuilder m = stop(a, STARTED, "19", LocalDate.of(2026, 3, 4));
      IwmoSchemas.assertValid(IwmoSchemas.standard("307"), m.bytes());

      DeliveryRetour retour = answer(scene, m);

      assertThat(retour.header()).containsExactly("0200");
      assertThat(retour.products()).containsExactly(List.of("0200"));
      assertThat(retour.text("BerichtCode")).isEqualTo("421");
      assertThat(retour.text("RedenBeeindiging")).isEqualTo("19");
      assertThat(scene.stored(a).status()).isEqualTo(AssignmentStatus.STOPPED);
      assertThat(scene.stored(a).stop().get().date()).isEqualTo(LocalDate.of(2026, 3, 4));
      assertThat(scene.stored(a).stop().get().reason()).isEqualTo(StopReason.ENDED_AS_PLANNED);

      DeliveryMessageBuilder again = stop(a, STARTED, "19", LocalDate.of(2026, 3, 4));
      again.identification = "T2";
      assertThat(answer(scene, again).products()).containsExactly(List.of("9074"));
    }
  }

  @Test
  void each_product_is_judged_on_its_own_with_the_standards_codes() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      DeliveryMessageBuilder m = DeliveryMessageBuilder.start(MAASOEVER, "1721", a.client(), TODAY)
          .product(Product.start("987654321", STARTED))                   // no such assignment
          .product(Product.start(a.number(), LocalDate.of(2026, 1, 15)))  // before its validity
          .product(Product.start(a.number(), TODAY.plusDays(1)))          // not happened yet
          .product(Product.start(a.number(), STARTED).withStatus("3"))    // a removal: not supported
          .product(Product.start(a.number(), STARTED))
          .product(Product.start(a.number(), STARTED));                   // the same start again
      DeliveryRetour retour = answer(scene, m);

      assertThat(retour.header()).containsExactly("0200");
      assertThat(retour.client()).containsExactly("0200");
      assertThat(retour.products()).containsExactly(List.of("9019"), List.of("9019"), List.of("0001"), List.of("0001"),
          List.of("0200"), List.of("9074"));
      assertThat(scene.stored(a).status()).isEqualTo(AssignmentStatus.DELIVERING);
      assertThat(scene.stored(a).deliveryStart().get()).isEqualTo(STARTED);
    }
  }

  @Test
  void a_stops_products_are_judged_on_their_own_with_the_standards_codes() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      answer(scene, start(a));
      DeliveryMessageBuilder m = DeliveryMessageBuilder.stop(MAASOEVER, "1721", a.client(), TODAY)
          .product(Product.stop(a.number(), LocalDate.of(2026, 2, 10), "19", TODAY))       // another start than reported
          .product(Product.stop(a.number(), STARTED, "19", STARTED.minusDays(1)))          // ends before it begins
          .product(Product.stop(a.number(), STARTED, "19", LocalDate.of(2027, 1, 1)))      // after the validity
          .product(Product.stop(a.number(), STARTED, "20", TODAY).withStatus("2"))         // a correction: not supported
          .product(Product.stop(a.number(), STARTED, "02", TODAY));
      m.identification = "T1";
      IwmoSchemas.assertValid(IwmoSchemas.standard("307"), m.bytes());
      DeliveryRetour retour = answer(scene, m);

      assertThat(retour.header()).containsExactly("0200");
      assertThat(retour.products()).containsExactly(List.of("9019"), List.of("0001"), List.of("9019"), List.of("0001"),
          List.of("0200"));
      assertThat(scene.stored(a).status()).isEqualTo(AssignmentStatus.STOPPED);
      assertThat(scene.stored(a).stop().get().reason()).isEqualTo(StopReason.DECEASED);
      assertThat(scene.stored(a).stop().get().date()).isEqualTo(TODAY);
    }
  }

  @Test
  void another_providers_assignment_or_another_client_cannot_be_linked_and_nothing_changes() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned theirs = scene.assigned(ZORGKRACHT);
      Assigned ours = scene.assigned(MAASOEVER);
      Assigned other = scene.assigned(MAASOEVER);
      var before = scene.stored();

      assertThat(answer(scene, start(theirs)).products()).containsExactly(List.of("9019"));
      DeliveryMessageBuilder wrongClient = start(ours);
      wrongClient.bsn = other.client();
      wrongClient.identification = "S2";
      assertThat(answer(scene, wrongClient).products()).containsExactly(List.of("9019"));
      DeliveryMessageBuilder wrongProduct = DeliveryMessageBuilder.start(MAASOEVER, "1721", ours.client(), TODAY)
          .product(Product.start(ours.number(), STARTED).withProduct("02", "02A02", null));
      wrongProduct.identification = "S3";
      assertThat(answer(scene, wrongProduct).products()).containsExactly(List.of("9019"));
      assertThat(scene.stored()).isEqualTo(before);

      // the stop of a start never reported
      assertThat(answer(scene, stop(ours, STARTED, "19", TODAY)).products()).containsExactly(List.of("9063"));
      assertThat(scene.stored()).isEqualTo(before);
    }
  }

  @Test
  void a_bsn_failing_the_eleven_test_is_0001_for_the_client_and_nothing_is_assessed_or_changed() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      var before = scene.stored();
      DeliveryMessageBuilder m = start(a);
      m.bsn = "999900019";   // nine digits, not eleven-proof
      IwmoSchemas.assertValid(IwmoSchemas.standard("305"), m.bytes());
      DeliveryRetour retour = answer(scene, m);

      assertThat(retour.header()).containsExactly("0001");
      assertThat(retour.client()).containsExactly("0001");
      assertThat(retour.products()).containsExactly(List.of("0233"));
      assertThat(scene.stored()).isEqualTo(before);
    }
  }

  @Test
  void the_same_message_again_gets_the_same_answer_and_another_with_its_identification_9056() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      Assigned b = scene.assigned(MAASOEVER);
      byte[] first = start(a).bytes();
      TestServer.Reply one = post(scene, AS_MAASOEVER, "305", first);
      TestServer.Reply again = post(scene, AS_MAASOEVER, "305", first);
      assertThat(again.body()).isEqualTo(one.body());
      assertThat(retour("305", again).products()).containsExactly(List.of("0200"));   // not 9074: nothing done twice

      DeliveryRetour refused = answer(scene, start(b));   // identification S1 again, other bytes
      assertThat(refused.header()).containsExactly("9056");
      assertThat(refused.hasClient()).isFalse();
      assertThat(scene.stored(b).status()).isEqualTo(AssignmentStatus.ASSIGNED);

      // another provider sending the same bytes reads nothing of the first one's answer
      TestServer.Reply probe = post(scene, AS_ZORGKRACHT, "305", first);
      DeliveryRetour foreign = retour("305", probe);
      assertThat(foreign.header()).containsExactly("0001");
      assertThat(foreign.hasClient()).isFalse();
      assertThat(probe.body()).doesNotContain(a.client());

      // identifications are unique per message type: a 307 may use S1 too
      DeliveryMessageBuilder stopping = stop(a, STARTED, "19", TODAY);
      stopping.identification = "S1";
      assertThat(answer(scene, stopping).header()).containsExactly("0200");
    }
  }

  @Test
  void header_faults_are_0001_or_8848_with_the_header_alone_and_nothing_changed() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      var before = scene.stored();
      DeliveryMessageBuilder wrongVersion = start(a);
      wrongVersion.version = "2";
      wrongVersion.identification = "V";
      DeliveryMessageBuilder wrongCode = start(a);
      wrongCode.code = "420";
      wrongCode.identification = "C";
      DeliveryMessageBuilder wrongSender = start(a);
      wrongSender.sender = ZORGKRACHT;
      wrongSender.identification = "S";
      DeliveryMessageBuilder wrongReceiver = start(a);
      wrongReceiver.receiver = NOT_IN_REGION;
      wrongReceiver.identification = "R";
      DeliveryMessageBuilder longIdentification = start(a);
      longIdentification.identification = "ABCDEFGHIJKLM";
      for (DeliveryMessageBuilder m : List.of(wrongVersion, wrongCode, wrongSender, wrongReceiver, longIdentification)) {
        DeliveryRetour retour = answer(scene, m);
        assertThat(retour.header()).as(m.identification).containsExactly("0001");
        assertThat(retour.hasClient()).isFalse();
      }
      // answered from the region's central municipality when the receiver is none of its members
      DeliveryRetour notOurs = retour("305", post(scene, AS_MAASOEVER, "305",
          withIdentification(wrongReceiver, "R2").getBytes(StandardCharsets.UTF_8)));
      assertThat(notOurs.text("Ontvanger")).isEqualTo("0828");

      DeliveryMessageBuilder future = start(a);
      future.dagtekening = TODAY.plusDays(1).toString();
      future.identification = "F";
      assertThat(answer(scene, future).header()).containsExactly("8848");

      DeliveryMessageBuilder unknownReason = stop(a, STARTED, "99", TODAY);
      assertThat(answer(scene, unknownReason).header()).containsExactly("0001");
      DeliveryMessageBuilder tooMany = start(a);
      tooMany.identification = "M";
      for (int i = 0; i < DeliveryMessageReader.MAX_PRODUCTS; i++) {
        tooMany.product(Product.start(a.number(), STARTED));
      }
      assertThat(answer(scene, tooMany).header()).containsExactly("0001");
      assertThat(scene.stored()).isEqualTo(before);
    }
  }

  @Test
  void malformed_xml_a_byte_order_mark_and_a_date_that_is_none_are_0001() {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      var before = scene.stored();
      String sound = start(a).xml();
      String truncated = sound.substring(0, sound.indexOf("</wmo305:StartProducten>"));
      String badDate = withIdentification(start(a), "D").replace("2026-02-09", "2026-02-30");
      byte[] bom = IwmoTestXml.withBom(withIdentification(start(a), "B").getBytes(StandardCharsets.UTF_8));
      for (byte[] m : List.of(truncated.getBytes(StandardCharsets.UTF_8), badDate.getBytes(StandardCharsets.UTF_8), bom)) {
        DeliveryRetour retour = retour("305", post(scene, AS_MAASOEVER, "305", m));
        assertThat(retour.header()).containsExactly("0001");
        assertThat(retour.hasClient()).isFalse();
      }
      assertThat(scene.stored()).isEqualTo(before);
    }
  }

  @Test
  void what_has_no_readable_header_is_a_400_and_an_external_entity_is_never_read(@TempDir Path dir) throws Exception {
    try (DeliveryScene scene = new DeliveryScene()) {
      Assigned a = scene.assigned(MAASOEVER);
      var before = scene.stored();
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "TOPSECRET");
      String xxe = start(a).xml().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE wmo305:Bericht [<!ENTITY xxe SYSTEM \""
              + secret.toUri() + "\">]>\n").replace(">S1<", ">&xxe;<");
      TestServer.Reply reply = post(scene, AS_MAASOEVER, "305", xxe.getBytes(StandardCharsets.UTF_8));
      assertProblem(reply, 400, "unreadable_message");
      assertThat(reply.body()).doesNotContain("TOPSECRET");
      assertProblem(post(scene, AS_MAASOEVER, "307", "not xml".getBytes(StandardCharsets.UTF_8)), 400,
          "unreadable_message");
      // a 307 sent to the 305's route has no 305 header
      assertProblem(post(scene, AS_MAASOEVER, "305", stop(a, STARTED, "19", TODAY).bytes()), 400, "unreadable_message");
      assertProblem(scene.server.send("POST", "/api/v1/iwmo/305", AS_MAASOEVER, "application/json", start(a).bytes()),
          415, "unsupported_media_type");
      assertProblem(post(scene, BERNHEZE_STAFF, start(a)), 403, "forbidden");
      assertProblem(post(scene, "region", stop(a, STARTED, "19", TODAY)), 403, "forbidden");
      assertThat(scene.stored()).isEqualTo(before);
    }
  }

  private static String withIdentification(DeliveryMessageBuilder m, String identification) {
    m.identification = identification;
    return m.xml();
  }
}
