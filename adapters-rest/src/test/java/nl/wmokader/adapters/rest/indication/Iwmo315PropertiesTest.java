package nl.wmokader.adapters.rest.indication;

import static nl.wmokader.adapters.rest.indication.AssignmentApi.ISSUE_DAY;
import static nl.wmokader.adapters.rest.indication.AssignmentApi.MAASOEVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmokader.adapters.rest.iwmo.RequestMessageBuilder;
import nl.wmokader.adapters.rest.iwmo.Retour;
import nl.wmokader.core.shared.Bsn;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * Whatever a 315's products hold (sound, an unknown category or unit, a weekly volume without an
 * end, a reference already stored), the 316 is valid by its schema, answers every product in order
 * as a model of the rules says, and exactly the products it answers 0200 are stored as requests.
 */
class Iwmo315PropertiesTest implements WithQuickTheories {

  /** A product: which fault it has, if any (0: none). */
  private Gen<Integer> faults() {
    return integers().between(0, 4);
  }

  @Test
  void every_product_is_answered_and_exactly_the_0200_ones_are_stored() {
    try (AssignmentApi api = new AssignmentApi()) {
      AtomicInteger message = new AtomicInteger();
      Bsn client = api.newClient();   // requests are stored whatever the client has; one will do
      qt().withExamples(25).forAll(lists().of(faults()).ofSizeBetween(1, 5)).checkAssert(faults -> {
        int n = message.incrementAndGet();
        RequestMessageBuilder m = new RequestMessageBuilder(MAASOEVER, "1721", client.value(), ISSUE_DAY);
        m.identification = "P" + n;
        List<String> references = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
          // fault 4 repeats the message's first reference: used before within the same message
          String reference = faults.get(i) == 4 && i > 0 ? references.get(0) : "P" + n + "-" + i;
          references.add(reference);
          m.asked.add(product(faults.get(i), reference));
        }
        int before = stored(api);
        Retour r = IwmoRequestRoutesTest.send315(api, m);

        List<List<String>> codes = r.codes("AangevraagdProduct");
        assertThat(codes).hasSize(faults.size());
        long accepted = codes.stream().filter(c -> c.equals(List.of("0200"))).count();
        assertThat(stored(api) - before).isEqualTo(accepted);
        // the model: a faulty product is 0001; a sound one 9347 when its reference was stored before, else stored
        java.util.Set<String> storedReferences = new java.util.HashSet<>();
        for (int i = 0; i < faults.size(); i++) {
          int fault = faults.get(i);
          String expected = fault >= 1 && fault <= 3 ? "0001"
              : storedReferences.add(references.get(i)) ? "0200" : "9347";
          assertThat(codes.get(i)).as("product %d, fault %d", i, fault).containsExactly(expected);
        }
      });
    }
  }

  private static RequestMessageBuilder.Asked product(int fault, String reference) {
    LocalDate from = LocalDate.of(2026, 2, 1);
    LocalDate until = LocalDate.of(2026, 12, 31);
    switch (fault) {
      case 1:
        return new RequestMessageBuilder.Asked(reference, "99", null, from, until, "3", "04", "2");
      case 2:
        return new RequestMessageBuilder.Asked(reference, "02", "02A01", from, until, "3", "99", "2");
      case 3:
        return new RequestMessageBuilder.Asked(reference, "02", "02A01", from, null, "3", "04", "2");
      default:
        return IwmoRequestRoutesTest.guidance(reference);
    }
  }

  private static int stored(AssignmentApi api) {
    return api.server.get("/api/v1/assignment-requests", "region").json().path("totalItems").asInt();
  }
}
