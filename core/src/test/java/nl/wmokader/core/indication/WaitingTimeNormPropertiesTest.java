package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.UUID;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentOverNorm;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormQuery;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Assignments over the waiting-time norm, through the facade over in-memory adapters (contracting's
 * own use case reads the norms), against a naive model: listed exactly when the provider's contract
 * in force on the assignment date has a norm and the wait so far exceeds it; nobody sees another
 * party's assignments in the list; supervisors are refused.
 */
class WaitingTimeNormPropertiesTest implements WithQuickTheories {

  static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
  static final DateRange Y2024 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  static final DateRange FROM_2025 = DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

  /** A provider's contract for one of two periods: with or without a norm, perhaps terminated early. */
  record ContractSpec(AgbCode provider, DateRange period, Option<Integer> norm, Option<Integer> terminatedAfterDays) {}

  /** The shape of an assignment; {@code startOffset} may be negative (a retroactive issue). */
  record Spec(AgbCode provider, AssignmentStatus status, int assignedDay, int startOffset, int stopOffset,
              boolean replacement) {}

  record World(Seq<ContractSpec> contracts, Seq<Spec> assignments, Seq<AgbCode> registered) {}

  Gen<Option<Integer>> norms() {
    return Generate.booleans().zip(integers().between(1, 40), (has, days) -> has ? Option.some(days) : Option.none());
  }

  Gen<ContractSpec> contracts() {
    return in -> new ContractSpec(SharedGen.fewAgbCodes().generate(in), Generate.booleans().generate(in) ? Y2024 : FROM_2025,
        norms().generate(in),
        integers().between(0, 3).generate(in) == 0 ? Option.some(integers().between(1, 300).generate(in)) : Option.none());
  }

  Gen<Spec> specs() {
    return in -> new Spec(SharedGen.fewAgbCodes().generate(in), Generate.enumValues(AssignmentStatus.class).generate(in),
        integers().between(0, 545).generate(in), integers().between(-5, 80).generate(in),
        integers().between(0, 30).generate(in), integers().between(0, 4).generate(in) == 0);
  }

  Gen<World> worlds() {
    return lists().of(contracts()).ofSizeBetween(0, 5)
        .zip(lists().of(specs()).ofSizeBetween(0, 25), lists().of(SharedGen.fewAgbCodes()).ofSizeBetween(0, 3),
            (cs, as, rs) -> new World(List.ofAll(cs), List.ofAll(as), List.ofAll(rs).appendAll(cs.stream().map(ContractSpec::provider).toList()).distinct()));
  }

  /** The facade with the world stored: providers registered, contracts and assignments saved as they are. */
  static final class Stored {
    final InMemoryAdapters adapters = new InMemoryAdapters();
    // these worlds hold assignments, no region: what they test is who sees which, among any parties named
    final WmoKader wmo = adapters.builder().clock(new MutableClock(TODAY)).ids(new SequentialIds())
        .access(nl.wmokader.core.shared.AccessPolicy.standard()).build();
    Seq<Contract> contracts = List.empty();
    Seq<Assignment> assignments = List.empty();

    Stored(World w) {
      w.registered().forEach(p -> wmo.contracting().registerProvider().registerProvider(Actor.region(),
          ContractingGen.registration(p, "Aanbieder " + p.value())).get());
      int n = 0;
      for (ContractSpec c : w.contracts()) {
        // Contracting refuses a second contract of a provider in force in the same days; so does this world.
        if (contracts.exists(s -> s.provider().equals(c.provider()) && s.period().overlaps(c.period()))) {
          continue;
        }
        Contract contract = Contract.builder().id(new ContractId(new UUID(5, n++))).provider(c.provider()).period(c.period()).build();
        if (c.norm().isDefined()) {
          contract = contract.setWaitingTimeNorm(new WaitingTimeNorm(c.norm().get())).get();
        }
        if (c.terminatedAfterDays().isDefined()) {
          contract = contract.terminate(c.period().start().plusDays(c.terminatedAfterDays().get()), ContractingGen.LONG_AGO).get();
        }
        contracts = contracts.append(adapters.contracts().save(contract).get());
      }
      for (int i = 0; i < w.assignments().size(); i++) {
        assignments = assignments.append(adapters.assignments().save(assignment(i, w.assignments().get(i))).get());
      }
    }
  }

  static Assignment assignment(int i, Spec s) {
    LocalDate assignedOn = Y2024.start().plusDays(s.assignedDay());
    LocalDate start = assignedOn.plusDays(s.startOffset());
    boolean started = s.status() == AssignmentStatus.DELIVERING || s.status() == AssignmentStatus.STOPPED
        || ((s.status() == AssignmentStatus.ENDED || s.status() == AssignmentStatus.DELETED) && s.startOffset() % 2 == 0);
    boolean stopped = s.status() == AssignmentStatus.STOPPED || s.status() == AssignmentStatus.ENDED;
    LocalDate from = started && start.isBefore(assignedOn) ? start : assignedOn;
    LocalDate stop = (started ? start : from).plusDays(s.stopOffset());
    return Assignment.builder()
        .id(new AssignmentId(new UUID(9, i)))
        .indication(new IndicationId(new UUID(10, i)))
        .client(AssignmentGen.client(i))
        .responsibleMunicipality(SharedGen.REFERENCE_MEMBERS.get(i % SharedGen.REFERENCE_MEMBERS.size()))
        .attributedTo(i % 3 == 0 ? Option.some(SharedGen.REFERENCE_MEMBERS.get((i + 1) % SharedGen.REFERENCE_MEMBERS.size())) : Option.none())
        .provider(s.provider())
        .type(AssignmentType.ASPECIFIC)
        .category(ProductCategory.GUIDANCE)
        .validity(DateRange.from(from))
        .assignedOn(assignedOn)
        .deliveryStart(started ? Option.some(start) : Option.none())
        .stop(stopped ? Option.some(new AssignmentStop(stop, StopReason.values()[0])) : Option.none())
        .status(s.status())
        .replaces(s.replacement() ? Option.some(new AssignmentId(new UUID(11, i))) : Option.none())
        .build();
  }

  /** The model's answer for one assignment: the wait and the norm when over it. */
  record Expected(AssignmentId id, AgbCode provider, long days, int norm, boolean stillWaiting) {}

  static Option<Expected> model(Assignment a, Seq<Contract> contracts) {
    if (a.status() == AssignmentStatus.DELETED || a.replaces().isDefined()) {
      return Option.none();
    }
    boolean waiting = a.status() == AssignmentStatus.ASSIGNED;
    if (!waiting && a.deliveryStart().isEmpty()) {
      return Option.none();
    }
    long days = Math.max(0, ChronoUnit.DAYS.between(a.assignedOn(), waiting ? TODAY : a.deliveryStart().get()));
    Option<Integer> norm = contracts
        .filter(c -> c.provider().equals(a.provider()) && c.period().contains(a.assignedOn())
            && c.terminatedFrom().forAll(t -> a.assignedOn().isBefore(t)))
        .flatMap(c -> c.waitingTimeNorm().map(WaitingTimeNorm::maxDays))
        .headOption();
    return norm.filter(n -> days > n).map(n -> new Expected(a.id(), a.provider(), days, n, waiting));
  }

  static final Comparator<Expected> ORDER = Comparator.comparing((Expected e) -> e.provider().value())
      .thenComparing(Comparator.comparingLong(Expected::days).reversed())
      .thenComparing(e -> e.id().toString());

  @Test
  void an_assignment_is_listed_exactly_when_it_waited_longer_than_its_contracts_norm() {
    qt().forAll(worlds()).checkAssert(w -> {
      Stored s = new Stored(w);
      Seq<Expected> expected = s.assignments.flatMap(a -> model(a, s.contracts)).sorted(ORDER);

      Seq<AssignmentOverNorm> listed = allPages(s.wmo, Actor.region(), Option.none(), 4);

      assertThat(listed.map(o -> new Expected(o.assignment(), o.provider(), o.daysWaited(), o.normDays(), o.stillWaiting())))
          .containsExactlyElementsOf(expected);
      listed.forEach(o -> assertThat(o.stillWaiting()).isEqualTo(o.deliveryStart().isEmpty()));
    });
  }

  @Test
  void nobody_sees_another_partys_assignments_in_the_list() {
    qt().forAll(worlds(), SharedGen.fewAgbCodes()).checkAssert((w, asked) -> {
      Stored s = new Stored(w);
      Seq<AssignmentId> over = s.assignments.flatMap(a -> model(a, s.contracts)).map(Expected::id);
      for (Actor actor : AssignmentScopePropertiesTest.ACTORS) {
        if (actor.role() == Actor.Role.SUPERVISOR) {
          assertThat(s.wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(actor,
              ListAssignmentsOverNormQuery.all(PageRequest.first())).getLeft().kind()).isEqualTo(ErrorKind.FORBIDDEN);
          continue;
        }
        Seq<AssignmentId> visible = s.assignments.filter(a -> AssignmentScopePropertiesTest.visible(actor, a))
            .map(Assignment::id).filter(over::contains);
        assertThat(allPages(s.wmo, actor, Option.none(), 50).map(AssignmentOverNorm::assignment))
            .as("%s lists", actor).containsExactlyInAnyOrderElementsOf(visible);
        Seq<AssignmentId> visibleOfAsked = s.assignments
            .filter(a -> a.provider().equals(asked) && AssignmentScopePropertiesTest.visible(actor, a))
            .map(Assignment::id).filter(over::contains);
        assertThat(allPages(s.wmo, actor, Option.some(asked), 50).map(AssignmentOverNorm::assignment))
            .as("%s lists of %s", actor, asked).containsExactlyInAnyOrderElementsOf(visibleOfAsked);
      }
    });
  }

  private static Seq<AssignmentOverNorm> allPages(WmoKader wmo, Actor actor, Option<AgbCode> provider, int size) {
    Seq<AssignmentOverNorm> all = List.empty();
    for (int page = 0; ; page++) {
      Page<AssignmentOverNorm> p = wmo.indication().listAssignmentsOverNorm().listAssignmentsOverNorm(actor,
          new ListAssignmentsOverNormQuery(provider, new PageRequest(page, size))).get();
      all = all.appendAll(p.items());
      if (p.items().isEmpty() || all.size() >= p.total()) {
        return all;
      }
    }
  }
}
