package nl.wmokader.adapters.rest.settlement;

import static nl.wmokader.adapters.rest.settlement.SettlementApi.AS_MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.MAASOEVER;
import static nl.wmokader.adapters.rest.settlement.SettlementApi.TARIFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wmokader.adapters.rest.iwmo.Message323Builder;
import nl.wmokader.adapters.rest.iwmo.Message325;
import nl.wmokader.adapters.rest.settlement.SettlementApi.Assigned;
import nl.wmokader.adapters.rest.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * For any claim that is valid input, submitting it as JSON ({@code POST /claims}) and as a 323
 * ({@code POST /iwmo/323}) to two identical worlds gives the same answer line by line: the XML
 * path maps onto the same command and use case, and adds no rule of its own.
 */
class Iwmo323RoundTripPropertiesTest implements WithQuickTheories {

  /** A line on assignment 0 or 1: hours or minutes, a tariff that may be off, a period inside February. */
  record Drawn(int assignment, long volume, String unit, long tariff, int firstDay, int lastDay, long amountOffset) {}

  private Gen<Drawn> lines() {
    return integers().between(0, 1).zip(longs().between(1, 40), booleans().all(), integers().between(0, 3),
        (a, volume, minutes, tariffPick) -> new long[] {a, volume, minutes ? 1 : 0, tariffPick})
        .zip(integers().between(1, 28), integers().between(0, 27), integers().between(0, 5), (v, first, span, offset) ->
            new Drawn((int) v[0], v[1], v[2] == 1 ? "01" : "04", v[3] == 0 ? 6000 : TARIFF, first == 2 ? 1 : first,
                Math.min(28, (first == 2 ? 1 : first) + span), offset == 0 ? 1 : 0));
  }

  @Test
  void json_and_323_answer_alike_line_by_line() {
    qt().withExamples(12).forAll(lists().of(lines()).ofSizeBetween(1, 6)).checkAssert(raw -> {
      List<Drawn> drawn = new ArrayList<>(raw);
      drawn.sort(Comparator.comparingInt(Drawn::assignment));   // the 323 groups lines by client
      List<List<String>> byJson;
      List<List<String>> byXml;
      try (SettlementApi json = new SettlementApi(); SettlementApi xml = new SettlementApi()) {
        List<Assigned> inJson = List.of(json.assigned(MAASOEVER), json.assigned(MAASOEVER));
        List<Assigned> inXml = List.of(xml.assigned(MAASOEVER), xml.assigned(MAASOEVER));
        assertThat(inXml).isEqualTo(inJson);   // the same world twice: same ids, clients and numbers

        List<String> lines = new ArrayList<>();
        Message323Builder message = new Message323Builder(MAASOEVER, "1721", Iwmo323RoutesTest.FEBRUARY,
            SettlementApi.TODAY);
        for (int i = 0; i < drawn.size(); i++) {
          Drawn d = drawn.get(i);
          Assigned a = inJson.get(d.assignment());
          LocalDate from = Iwmo323RoutesTest.FEBRUARY.atDay(d.firstDay());
          LocalDate to = Iwmo323RoutesTest.FEBRUARY.atDay(d.lastDay());
          long amount = amount(d);
          lines.add("{\"reference\":\"R" + i + "\",\"assignment\":\"" + a.number() + "\",\"client\":\"" + a.client()
              + "\",\"category\":\"02\",\"product\":\"02A01\",\"periodStart\":\"" + from + "\",\"periodEnd\":\"" + to
              + "\",\"volume\":" + d.volume() + ",\"unit\":\"" + d.unit() + "\",\"tariffCents\":" + d.tariff()
              + ",\"amountCents\":" + amount + ",\"direction\":\"DEBIT\"}");
          message.line(new Message323Builder.Line(a.client(), "R" + i, null, a.number(), "02", "02A01", from, to,
              d.volume(), d.unit(), d.tariff(), amount, false));
        }
        TestServer.Reply reply = json.server.post("/api/v1/claims", AS_MAASOEVER,
            SettlementApi.claim("D1", lines.toArray(String[]::new)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        byJson = new ArrayList<>();
        for (JsonNode line : reply.json().path("lines")) {
          List<String> codes = new ArrayList<>();
          line.path("answerCodes").forEach(c -> codes.add(c.asText()));
          byJson.add(codes);
        }
        Message325 answer = Iwmo323RoutesTest.answer(Iwmo323RoutesTest.post(xml, message.bytes()));
        assertThat(answer.header()).containsExactly("0200");
        byXml = answer.lines();
      }
      assertThat(byXml).isEqualTo(byJson);
    });
  }

  /** Volume × tariff (minutes on an hourly tariff: × tariff / 60, half up), sometimes a cent off. */
  private static long amount(Drawn d) {
    long exact = d.unit().equals("01") ? Math.round(d.volume() * d.tariff() / 60.0) : d.volume() * d.tariff();
    return exact + d.amountOffset();
  }
}
