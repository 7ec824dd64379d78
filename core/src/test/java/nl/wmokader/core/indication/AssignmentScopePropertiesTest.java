package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.domain.WaitingTime;
import nl.wmokader.core.indication.domain.WaitingTimeSummary;
import nl.wmokader.core.indication.port.in.DeleteAssignmentCommand;
import nl.wmokader.core.indication.port.in.ExtendAssignmentCommand;
import nl.wmokader.core.indication.port.in.IssueAssignmentCommand;
import nl.wmokader.core.indication.port.in.ListAssignmentsQuery;
import nl.wmokader.core.indication.port.in.ListWaitingTimesQuery;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartCommand;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Scope: whatever is stored, no actor reads, lists, changes or reports on an assignment that is not
 * theirs; what they may not see answers exactly as an absent one does; providers see exactly their
 * own; supervisors are refused.
 */
class AssignmentScopePropertiesTest implements WithQuickTheories {

  /** Every kind of actor: the region, each member, a non-member, the few providers and one without assignments, a supervisor. */
  static final List<Actor> ACTORS = actors();

  static List<Actor> actors() {
    List<Actor> all = new ArrayList<>();
    all.add(Actor.region());
    SharedGen.REFERENCE_MEMBERS.forEach(m -> all.add(Actor.municipality(m)));
    all.add(Actor.municipality(MunicipalityCode.of("0001")));
    List.of("98000001", "98000002", "98000003", "98000009").forEach(p -> all.add(Actor.provider(AgbCode.of(p))));
    all.add(Actor.supervisor());
    return all;
  }

  /** A case: its client, municipality, the one it is attributed to (if any), the provider, and whether delivery started. */
  record Case(int client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo, AgbCode provider, boolean started) {}

  Gen<Case> cases() {
    return in -> new Case(integers().between(0, 5).generate(in), SharedGen.members().generate(in),
        integers().between(0, 2).generate(in) == 0 ? Option.some(SharedGen.members().generate(in)) : Option.none(),
        SharedGen.fewAgbCodes().generate(in), Generate.booleans().generate(in));
  }

  /** The rule, written independently of the services. */
  static boolean visible(Actor actor, Assignment a) {
    switch (actor.role()) {
      case REGION:
        return true;
      case MUNICIPALITY:
        return a.responsibleMunicipality().equals(actor.municipality().get()) || a.attributedTo().contains(actor.municipality().get());
      case PROVIDER:
        return a.provider().equals(actor.provider().get());
      default:
        return false;
    }
  }

  @Test
  void no_actor_ever_sees_or_touches_another_partys_assignment() {
    qt().forAll(lists().of(cases()).ofSizeBetween(1, 12)).checkAssert(cases -> {
      AssignmentFixture world = new AssignmentFixture(LocalDate.of(2024, 1, 20));
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        Grant grant = AssignmentGen.grant(ProductCategory.GUIDANCE, Option.some(AssignmentGen.GUIDANCE_A),
            DeliveryForm.IN_KIND, DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        var indication = world.store(AssignmentGen.granted(new IndicationId(new UUID(8, i)), AssignmentGen.client(i),
            c.responsible(), c.attributedTo(), grant));
        Assignment a = world.services.issueAssignment(Actor.region(), new IssueAssignmentCommand(indication.id(), c.provider(),
            AssignmentType.SPECIFIC, Option.none(), Option.some(new Volume(2, Unit.HOUR, Frequency.PER_MONTH)),
            LocalDate.of(2024, 1, 1).plusDays(i), Option.some(LocalDate.of(2024, 12, 31)))).get();
        if (c.started()) {
          world.delivery.reportDeliveryStart(Actor.provider(c.provider()), new ReportDeliveryStartCommand(a.id(), a.validity().start())).get();
        }
      }
      Seq<Assignment> stored = world.assignments.find(AssignmentFilter.all());
      assertThat(stored).hasSize(cases.size());

      for (Actor actor : ACTORS) {
        if (actor.role() == Actor.Role.SUPERVISOR) {
          assertThat(world.services.listAssignments(actor, ListAssignmentsQuery.firstPage()).getLeft().kind()).isEqualTo(ErrorKind.FORBIDDEN);
          assertThat(world.waitingTimes.listWaitingTimes(actor, ListWaitingTimesQuery.all()).getLeft().kind()).isEqualTo(ErrorKind.FORBIDDEN);
          stored.forEach(a -> assertThat(world.services.getAssignment(actor, a.id()).getLeft().kind()).isEqualTo(ErrorKind.FORBIDDEN));
          continue;
        }
        Seq<Assignment> expected = stored.filter(a -> visible(actor, a));
        assertThat(allPages(world, actor)).as("%s lists", actor).containsExactlyInAnyOrderElementsOf(expected);
        Seq<WaitingTimeSummary> waits = world.waitingTimes.listWaitingTimes(actor, ListWaitingTimesQuery.all()).get();
        assertThat(waits.flatMap(WaitingTimeSummary::started).map(WaitingTime::assignment))
            .containsExactlyInAnyOrderElementsOf(expected.filter(a -> a.deliveryStart().isDefined()).map(Assignment::id));

        for (Assignment a : stored) {
          Either<DomainError, Assignment> read = world.services.getAssignment(actor, a.id());
          if (visible(actor, a)) {
            assertThat(read.get()).isEqualTo(a);
          } else {
            assertThat(read.getLeft()).as("%s reads another's", actor).isEqualTo(new CommonError.NotFound("Assignment", a.id().toString()));
          }
          boolean manages = actor.role() != Actor.Role.PROVIDER && visible(actor, a);
          if (!manages) {
            var extend = world.services.extendAssignment(actor, new ExtendAssignmentCommand(a.id(), Option.some(LocalDate.of(2024, 6, 30))));
            var delete = world.services.deleteAssignment(actor, new DeleteAssignmentCommand(a.id()));
            ErrorKind kind = actor.role() == Actor.Role.PROVIDER ? ErrorKind.FORBIDDEN : ErrorKind.NOT_FOUND;
            assertThat(extend.getLeft().kind()).isEqualTo(kind);
            assertThat(delete.getLeft().kind()).isEqualTo(kind);
          }
          if (actor.role() == Actor.Role.PROVIDER && !visible(actor, a)) {
            var start = world.delivery.reportDeliveryStart(actor, new ReportDeliveryStartCommand(a.id(), a.validity().start()));
            assertThat(start.getLeft()).isEqualTo(new CommonError.NotFound("Assignment", a.id().toString()));
          }
        }
      }
      assertThat(world.assignments.find(AssignmentFilter.all())).as("nothing changed").containsExactlyElementsOf(stored);
    });
  }

  private static Seq<Assignment> allPages(AssignmentFixture world, Actor actor) {
    Seq<Assignment> all = io.vavr.collection.List.empty();
    for (int page = 0; ; page++) {
      Page<Assignment> p = world.services.listAssignments(actor, ListAssignmentsQuery.all(new PageRequest(page, 3))).get();
      all = all.appendAll(p.items());
      if (p.items().isEmpty() || all.size() >= p.total()) {
        return all;
      }
    }
  }
}
