package nl.wmokader.adapters.rest.iwmo;

import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.MAASOEVER;
import static nl.wmokader.adapters.rest.iwmo.DeliveryScene.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.adapters.rest.iwmo.DeliveryMessageBuilder.Product;
import nl.wmokader.adapters.rest.iwmo.DeliveryScene.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/**
 * For any series of reported starts, reporting them as JSON ({@code POST
 * /assignments/{id}/delivery-start}) and as 305 messages ({@code POST /iwmo/305}) to two identical
 * worlds has the same effect: each report is accepted in one exactly when it is in the other, and
 * the assignments end alike. The XML path adds no rule of its own.
 */
class Iwmo305RoundTripPropertiesTest implements WithQuickTheories {
  /** Around the validity's start (1 February) and today (5 March): before, inside and after. */
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 20);

  @Test
  void a_start_reported_by_305_has_the_effect_it_has_as_json() {
    qt().withExamples(10).forAll(lists().of(integers().between(0, 55)).ofSizeBetween(1, 3)).checkAssert(offsets -> {
      List<Boolean> byJson = new ArrayList<>();
      List<Boolean> byXml = new ArrayList<>();
      try (DeliveryScene json = new DeliveryScene(); DeliveryScene xml = new DeliveryScene()) {
        Assigned inJson = json.assigned(MAASOEVER);
        Assigned inXml = xml.assigned(MAASOEVER);
        assertThat(inXml).isEqualTo(inJson);   // the same world twice
        int n = 0;
        for (int offset : offsets) {
          LocalDate date = FIRST.plusDays(offset);
          TestServer.Reply reply = json.server.post("/api/v1/assignments/" + inJson.id() + "/delivery-start",
              AS_MAASOEVER, "{\"date\":\"" + date + "\"}");
          byJson.add(reply.status() == 200);
          DeliveryMessageBuilder m = DeliveryMessageBuilder.start(MAASOEVER, "1721", inXml.client(), TODAY)
              .product(Product.start(inXml.number(), date));
          m.identification = "P" + n++;
          DeliveryRetour retour = Iwmo305And307RoutesTest.answer(xml, m);
          assertThat(retour.header()).containsExactly("0200");
          byXml.add(retour.products().get(0).equals(List.of("0200")));
        }
        assertThat(byXml).isEqualTo(byJson);
        assertThat(xml.stored(inXml)).isEqualTo(json.stored(inJson));
      }
    });
  }
}
