package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.indication.port.in.ListIndicationsQuery;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Privacy (DOMAIN §10): for any set of cases and any actor, reading through the use cases (get,
 * list, overdue) shows the actor exactly the cases it may see, and no other.
 */
class IndicationScopePropertiesTest implements WithQuickTheories {

  /** The rule, stated independently of the code that enforces it. */
  private static boolean maySee(Actor actor, Indication i) {
    switch (actor.role()) {
      case REGION:
        return true;
      case MUNICIPALITY:
        return actor.municipality().contains(i.responsibleMunicipality())
            || actor.municipality().exists(m -> i.attributedTo().contains(m));
      default:
        return false;
    }
  }

  private static Gen<Seq<Indication>> worlds() {
    return SourceDSL.lists().of(IndicationGen.indications()).ofSizeBetween(0, 15)
        .map(l -> List.ofAll(l).distinctBy(Indication::id));
  }

  private static IndicationFixture fixtureWith(Seq<Indication> cases, LocalDate today) {
    IndicationFixture f = new IndicationFixture(today);
    cases.forEach(c -> f.repository.save(c).get());
    return f;
  }

  @Test
  void get_answers_exactly_the_visible_cases_and_not_found_for_the_others() {
    qt().withExamples(300).forAll(worlds(), SharedGen.actors()).checkAssert((cases, actor) -> {
      IndicationFixture f = fixtureWith(cases, LocalDate.of(2031, 1, 1));
      for (Indication c : cases) {
        var result = f.queries.getIndication(actor, c.id());
        if (maySee(actor, c)) {
          assertThat(result.get().id()).isEqualTo(c.id());
        } else if (actor.role() == Actor.Role.MUNICIPALITY) {
          assertThat(result.getLeft()).isEqualTo(new CommonError.NotFound("Indication", c.id().toString()));
        } else {
          assertThat(result.getLeft()).isInstanceOf(CommonError.Forbidden.class);
        }
      }
    });
  }

  @Test
  void listing_all_pages_shows_each_visible_case_once_and_nothing_else() {
    qt().withExamples(300).forAll(worlds(), SharedGen.actors(), SourceDSL.integers().between(1, 6))
        .checkAssert((cases, actor, size) -> {
          IndicationFixture f = fixtureWith(cases, LocalDate.of(2031, 1, 1));
          if (actor.role() != Actor.Role.REGION && actor.role() != Actor.Role.MUNICIPALITY) {
            assertThat(f.queries.listIndications(actor, ListIndicationsQuery.first()).getLeft())
                .isInstanceOf(CommonError.Forbidden.class);
            return;
          }
          Seq<IndicationId> seen = List.empty();
          long total = -1;
          for (int page = 0; page <= cases.size() / size; page++) {
            Page<Indication> p = f.queries.listIndications(actor, new ListIndicationsQuery(new PageRequest(page, size))).get();
            seen = seen.appendAll(p.items().map(Indication::id));
            total = p.total();
          }
          Seq<IndicationId> visible = cases.filter(c -> maySee(actor, c)).map(Indication::id);
          assertThat(seen.toJavaList()).containsExactlyInAnyOrderElementsOf(visible);
          assertThat(total).isEqualTo(visible.size());
        });
  }

  @Test
  void overdue_lists_show_every_overdue_step_of_a_visible_case_and_none_of_another() {
    qt().withExamples(300).forAll(worlds(), SharedGen.actors(), SharedGen.dates()).checkAssert((cases, actor, today) -> {
      IndicationFixture f = fixtureWith(cases, today);
      var first = f.queries.listOverdue(actor, ListOverdueQuery.all(new PageRequest(0, PageRequest.MAX_SIZE)));
      if (actor.role() != Actor.Role.REGION && actor.role() != Actor.Role.MUNICIPALITY) {
        assertThat(first.getLeft()).isInstanceOf(CommonError.Forbidden.class);
        return;
      }
      Set<OverdueItem> expected = HashSet.ofAll(cases.filter(c -> maySee(actor, c))
          .flatMap(c -> f.deadlines.overdueOn(f.repository.findById(c.id()).get(), today)));
      assertThat(HashSet.ofAll(first.get().items())).isEqualTo(expected);
      assertThat(first.get().total()).isEqualTo(expected.size());
    });
  }
}
