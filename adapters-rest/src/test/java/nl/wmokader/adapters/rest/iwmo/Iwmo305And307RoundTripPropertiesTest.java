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
import nl.wmokader.core.indication.domain.StopReason;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * For any series of reported starts and stops, reporting them as JSON ({@code POST
 * /assignments/{id}/delivery-start}, {@code .../delivery-stop}) and as 305 and 307 messages ({@code
 * POST /iwmo/305}, {@code /iwmo/307}) to two identical worlds has the same effect: each report is
 * accepted in one exactly when it is in the other, and the assignments end alike. The XML path adds
 * no rule of its own.
 */
class Iwmo305And307RoundTripPropertiesTest implements WithQuickTheories {
  /** Around the validity's start (1 February) and today (5 March): before, inside and after. */
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 20);

  /** A start or a stop on a day {@code offset} after {@link #FIRST}, a stop for {@code reason}. */
  record Report(boolean stop, int offset, StopReason reason) {}

  private Gen<Report> reports() {
    return booleans().all().zip(integers().between(0, 55), integers().between(0, StopReason.values().length - 1),
        (stop, offset, reason) -> new Report(stop, offset, StopReason.values()[reason]));
  }

  @Test
  void a_start_or_stop_reported_by_305_or_307_has_the_effect_it_has_as_json() {
    qt().withExamples(12).forAll(lists().of(reports()).ofSizeBetween(1, 4)).checkAssert(reports -> {
      List<Boolean> byJson = new ArrayList<>();
      List<Boolean> byXml = new ArrayList<>();
      try (DeliveryScene json = new DeliveryScene(); DeliveryScene xml = new DeliveryScene()) {
        Assigned inJson = json.assigned(MAASOEVER);
        Assigned inXml = xml.assigned(MAASOEVER);
        assertThat(inXml).isEqualTo(inJson);   // the same world twice
        int n = 0;
        for (Report report : reports) {
          LocalDate date = FIRST.plusDays(report.offset());
          String path = "/api/v1/assignments/" + inJson.id() + (report.stop() ? "/delivery-stop" : "/delivery-start");
          String body = report.stop() ? "{\"date\":\"" + date + "\",\"reason\":\"" + report.reason().code() + "\"}"
              : "{\"date\":\"" + date + "\"}";
          TestServer.Reply reply = json.server.post(path, AS_MAASOEVER, body);
          byJson.add(reply.status() == 200);

          DeliveryMessageBuilder m;
          if (report.stop()) {
            // a 307 repeats the start of delivery reported (any day when there is none)
            LocalDate started = xml.stored(inXml).deliveryStart().getOrElse(date);
            m = DeliveryMessageBuilder.stop(MAASOEVER, "1721", inXml.client(), TODAY)
                .product(Product.stop(inXml.number(), started, report.reason().code(), date));
          } else {
            m = DeliveryMessageBuilder.start(MAASOEVER, "1721", inXml.client(), TODAY)
                .product(Product.start(inXml.number(), date));
          }
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
