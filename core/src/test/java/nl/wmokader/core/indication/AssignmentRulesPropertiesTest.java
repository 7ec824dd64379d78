package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants over whatever a random set of issue (and extend and change) commands leaves stored:
 * no two live assignments of the same product from the same provider for the same client overlap
 * (OP259; aids excepted), and no live assignment overlaps a personal budget for the same product
 * (OP380). Checked by hand here, not with the rule code under test.
 */
class AssignmentRulesPropertiesTest implements WithQuickTheories {

  /** Across all examples: the rules must actually have been hit for the invariants to mean anything. */
  static final AtomicInteger ACCEPTED = new AtomicInteger();
  static final AtomicInteger STACKING = new AtomicInteger();
  static final AtomicInteger BUDGET = new AtomicInteger();
  static final AtomicInteger AIDS_OVERLAPPING = new AtomicInteger();

  record Case(int client, Grant grant) {}

  interface Op {}

  record Issue(int indication, AgbCode provider, AssignmentType type, int startOffset, Option<Integer> length) implements Op {}

  record Extend(int ref, int days) implements Op {}

  record Change(int ref, int days, int qty) implements Op {}

  Gen<Case> cases() {
    return integers().between(0, 2).zip(AssignmentGen.grants(), Case::new);
  }

  Gen<Op> ops() {
    Gen<AssignmentType> types = Generate.frequency(Pair.of(6, Generate.constant(AssignmentType.SPECIFIC)),
        Pair.of(2, Generate.constant(AssignmentType.ASPECIFIC)), Pair.of(1, Generate.constant(AssignmentType.GENERIC)));
    Gen<Op> issue = in -> new Issue(integers().between(0, 9).generate(in), SharedGen.fewAgbCodes().generate(in), types.generate(in),
        integers().between(-5, 200).generate(in),
        integers().between(0, 300).toOptionals(25).map(o -> o.map(Option::some).orElse(Option.none())).generate(in));
    Gen<Op> extend = integers().between(0, 50).zip(integers().between(-60, 200), Extend::new);
    Gen<Op> change = integers().between(0, 50).zip(integers().between(1, 200), integers().between(1, 4), Change::new);
    return Generate.frequency(List.of(Pair.of(6, issue), Pair.of(2, extend), Pair.of(2, change)));
  }

  @Test
  void stored_assignments_never_stack_and_never_overlap_a_personal_budget() {
    qt().forAll(lists().of(cases()).ofSizeBetween(1, 8), lists().of(ops()).ofSizeBetween(1, 40)).checkAssert((cases, ops) -> {
      AssignmentFixture world = new AssignmentFixture(LocalDate.of(2024, 6, 1));
      List<Indication> indications = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        indications.add(world.store(AssignmentGen.granted(new IndicationId(new UUID(7, i)), AssignmentGen.client(c.client()),
            MunicipalityCode.of("0828"), Option.none(), c.grant())));
      }
      List<Assignment> issued = new ArrayList<>();
      for (Op op : ops) {
        if (op instanceof Issue c) {
          Indication indication = indications.get(c.indication() % indications.size());
          Grant grant = indication.grant().get();
          var start = grant.validity().start().plusDays(c.startOffset());
          Option<Volume> volume = c.type() == AssignmentType.GENERIC ? Option.some(new Volume(50_000, Unit.EUROS, Frequency.TOTAL))
              : c.type() == AssignmentType.SPECIFIC ? Option.some(new Volume(4, Unit.HOUR, Frequency.PER_MONTH)) : Option.none();
          var result = world.services.issueAssignment(Actor.region(), new IssueAssignmentCommand(indication.id(), c.provider(),
              c.type(), Option.none(), volume, start, c.length().map(start::plusDays)));
          count(result.isRight() ? Option.none() : Option.some(result.getLeft()));
          result.forEach(issued::add);
        } else if (op instanceof Extend c && !issued.isEmpty()) {
          Assignment a = issued.get(c.ref() % issued.size());
          var result = world.services.extendAssignment(Actor.region(),
              new ExtendAssignmentCommand(a.id(), Option.some(a.validity().end().getOrElse(a.validity().start()).plusDays(c.days()))));
          count(result.isRight() ? Option.none() : Option.some(result.getLeft()));
        } else if (op instanceof Change c && !issued.isEmpty()) {
          Assignment a = issued.get(c.ref() % issued.size());
          Volume volume = a.type() == AssignmentType.GENERIC ? new Volume(c.qty() * 10_000L, Unit.EUROS, Frequency.TOTAL)
              : new Volume(c.qty(), Unit.HOUR, Frequency.PER_MONTH);
          var result = world.services.changeAssignmentVolume(Actor.region(),
              new ChangeAssignmentVolumeCommand(a.id(), a.validity().start().plusDays(c.days()), volume, false));
          count(result.isRight() ? Option.none() : Option.some(result.getLeft()));
          result.forEach(change -> issued.add(change.issued()));
        }
      }

      Seq<Assignment> live = world.assignments.find(AssignmentFilter.all())
          .filter(a -> a.status() != AssignmentStatus.DELETED);
      for (Assignment a : live) {
        for (Assignment b : live) {
          if (a.id().equals(b.id()) || !a.client().equals(b.client()) || !a.provider().equals(b.provider())
              || !sameProduct(a.category().code(), a.product(), b.category().code(), b.product())
              || !overlap(first(a), last(a), first(b), last(b))) {
            continue;
          }
          assertThat(a.category().isAid()).as("stacked: %s and %s", a, b).isTrue();
          AIDS_OVERLAPPING.incrementAndGet();
        }
        for (Indication i : indications) {
          Grant g = i.grant().get();
          boolean budgetOverlaps = g.form() == DeliveryForm.PERSONAL_BUDGET && i.client().equals(a.client())
              && sameProduct(g.category().code(), g.product(), a.category().code(), a.product())
              && overlap(g.validity().start(), g.validity().end().getOrElse(LocalDate.MAX), first(a), last(a));
          assertThat(budgetOverlaps).as("overlaps a personal budget: %s", a).isFalse();
        }
      }
    });
  }

  @AfterAll
  static void the_rules_were_exercised() {
    assertThat(ACCEPTED.get()).as("accepted").isPositive();
    assertThat(STACKING.get()).as("stacking refused").isPositive();
    assertThat(BUDGET.get()).as("personal budget overlaps refused").isPositive();
    assertThat(AIDS_OVERLAPPING.get()).as("overlapping aids stored").isPositive();
  }

  private static void count(Option<DomainError> error) {
    if (error.isEmpty()) {
      ACCEPTED.incrementAndGet();
    } else if (error.get() instanceof AssignmentError.Stacking) {
      STACKING.incrementAndGet();
    } else if (error.get() instanceof AssignmentError.PersonalBudgetOverlap) {
      BUDGET.incrementAndGet();
    }
  }

  private static LocalDate first(Assignment a) {
    return a.validity().start();
  }

  private static LocalDate last(Assignment a) {
    LocalDate end = a.validity().end().getOrElse(LocalDate.MAX);
    return a.stop().map(s -> s.date().isBefore(end) ? s.date() : end).getOrElse(end);
  }

  private static boolean overlap(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2) {
    return !s1.isAfter(e2) && !s2.isAfter(e1);
  }

  /** Same category code, and the same product or none on either side. */
  private static boolean sameProduct(String category1, Option<ProductCode> p1, String category2, Option<ProductCode> p2) {
    return category1.equals(category2) && (p1.isEmpty() || p2.isEmpty() || p1.equals(p2));
  }
}
