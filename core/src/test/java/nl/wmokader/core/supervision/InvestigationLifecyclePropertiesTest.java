package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationError;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The investigation's lifecycle against a deliberately naive model (a status index and a few
 * flags): random sequences of actions, each dated a few days around the current step's day; the
 * aggregate accepts exactly what the model allows, refuses the rest with the model's error and
 * unchanged, never skips or reverses a step, stays closed once closed, and holds outcomes only
 * once a final report exists.
 */
class InvestigationLifecyclePropertiesTest implements WithQuickTheories {

  private static final int FINAL = InvestigationStatus.FINAL_REPORT.ordinal();
  private static final int FOLLOW_UP = InvestigationStatus.FOLLOW_UP.ordinal();
  private static final int CLOSED = InvestigationStatus.CLOSED.ordinal();

  sealed interface Action {
    int gap();
  }

  /**
   * Moves to {@code target} (any step but OPENED, so skips and repeats are tried too), or when it is
   * null to the step after the current one, so that runs get far.
   */
  record Advance(InvestigationStatus target, int gap, int dueOffset) implements Action {
    InvestigationStatus to(InvestigationStatus current) {
      return target != null ? target : current.next().getOrElse(InvestigationStatus.CLOSED);
    }
  }

  record RecordFinding(Finding finding, int gap) implements Action {}

  /** {@code kind} picks the outcome; {@code offset} dates its deadline or start from the day; {@code amount} a recovery. */
  record AddOutcome(int kind, int gap, int offset, long amount) implements Action {}

  record FollowUp(int index, int gap) implements Action {}

  record Inform(int members, int gap) implements Action {}

  private static Gen<Integer> gaps() {
    return SourceDSL.integers().between(-3, 40);
  }

  private static Gen<Action> actions() {
    Gen<InvestigationStatus> targets = SourceDSL.integers().between(1, CLOSED).map(i -> InvestigationStatus.values()[i]);
    return Generate.oneOf(
        targets.zip(gaps(), SourceDSL.integers().between(-3, 30), Advance::new),
        gaps().zip(SourceDSL.integers().between(-3, 30), (gap, due) -> new Advance(null, gap, due)),
        gaps().zip(SourceDSL.integers().between(-3, 30), (gap, due) -> new Advance(null, gap, due)),
        InvestigationGen.findings().zip(gaps(), RecordFinding::new),
        outcomes(),
        outcomes(),
        SourceDSL.integers().between(-1, 3).zip(gaps(), FollowUp::new),
        SourceDSL.integers().between(-1, 3).zip(gaps(), FollowUp::new),
        SourceDSL.integers().between(0, 2).zip(gaps(), Inform::new));
  }

  /** Amounts are multiples of €123.45 from -1 to 3 of them, so that zero and negatives come up often. */
  private static Gen<Action> outcomes() {
    return SourceDSL.integers().between(0, 7).zip(gaps(), SourceDSL.integers().between(-3, 60),
        SourceDSL.longs().between(-1, 3).map(n -> n * 12_345), AddOutcome::new);
  }

  private static Outcome outcome(AddOutcome a, LocalDate on) {
    LocalDate date = on.plusDays(a.offset());
    switch (a.kind()) {
      case 0:
        return new Outcome.NoFindings();
      case 1:
        return Outcome.ImprovementPoint.open("Verbeterpunt", date);
      case 2:
        return new Outcome.Instruction("Aanwijzing", date);
      case 3:
        return new Outcome.ClientStop(date, Option.some(date.plusDays(90)));
      case 4:
        return new Outcome.ContractSuspension(date, Option.none());
      case 5:
        return new Outcome.ContractTermination(date);
      case 6:
        return Outcome.Recovery.of(new Outcome.Recovery.Part(InvestigationGen.OSS, Money.ofCents(a.amount())));
      default:
        return new Outcome.FraudReport("Politie");
    }
  }

  /** The naive model. */
  static final class Model {
    int status;
    LocalDate since;
    LocalDate responseDue;
    final Map<String, Verdict> findings = new HashMap<>();
    /** Per outcome: its kind, and for an improvement point its deadline and follow-up day. */
    final java.util.List<int[]> kinds = new ArrayList<>();
    final java.util.List<LocalDate> deadlines = new ArrayList<>();
    final java.util.List<LocalDate> followedUp = new ArrayList<>();
    int informed;

    long open() {
      long n = 0;
      for (int i = 0; i < kinds.size(); i++) {
        n += kinds.get(i)[0] == 1 && followedUp.get(i) == null ? 1 : 0;
      }
      return n;
    }

    /** The error the action must meet, or null when it is allowed (and then applied to the model). */
    Class<? extends InvestigationError> apply(Action action, LocalDate on) {
      if (status == CLOSED) {
        return InvestigationError.Closed.class;
      }
      if (action instanceof Advance) {
        Advance a = (Advance) action;
        InvestigationStatus target = a.to(InvestigationStatus.values()[status]);
        if (target.ordinal() != status + 1) {
          return InvestigationError.NotInStep.class;
        }
        if (on.isBefore(since)) {
          return InvestigationError.BeforePreviousStep.class;
        }
        if (target == InvestigationStatus.PROVIDER_RESPONSE) {
          if (a.dueOffset() < 0) {
            return InvestigationError.DateInPast.class;
          }
          responseDue = on.plusDays(a.dueOffset());
        }
        if (target.ordinal() == FOLLOW_UP && kinds.isEmpty()) {
          return InvestigationError.NoOutcome.class;
        }
        if (target.ordinal() == CLOSED && open() > 0) {
          return InvestigationError.OpenImprovementPoints.class;
        }
        status++;
        since = on;
      } else if (action instanceof RecordFinding) {
        if (status != 1 && status != 2) {
          return InvestigationError.NotInStep.class;
        }
        Finding f = ((RecordFinding) action).finding();
        findings.put(f.normCode(), f.verdict());
      } else if (action instanceof AddOutcome) {
        AddOutcome a = (AddOutcome) action;
        if (status != FINAL && status != FOLLOW_UP) {
          return InvestigationError.NotInStep.class;
        }
        if (on.isBefore(since)) {
          return InvestigationError.BeforePreviousStep.class;
        }
        if (a.kind() >= 1 && a.kind() <= 5 && a.offset() < 0) {
          return InvestigationError.DateInPast.class;
        }
        if (a.kind() == 6 && a.amount() <= 0) {
          return InvestigationError.AmountNotPositive.class;
        }
        boolean noFindings = kinds.stream().anyMatch(k -> k[0] == 0);
        if (noFindings || a.kind() == 0 && (!kinds.isEmpty() || findings.values().stream().anyMatch(Verdict::isShortfall))) {
          return InvestigationError.ContradictoryOutcome.class;
        }
        kinds.add(new int[] {a.kind()});
        deadlines.add(a.kind() == 1 ? on.plusDays(a.offset()) : null);
        followedUp.add(null);
      } else if (action instanceof FollowUp) {
        int i = ((FollowUp) action).index();
        if (status != FOLLOW_UP) {
          return InvestigationError.NotInStep.class;
        }
        if (on.isBefore(since)) {
          return InvestigationError.BeforePreviousStep.class;
        }
        if (i < 0 || i >= kinds.size() || kinds.get(i)[0] != 1) {
          return InvestigationError.NoSuchImprovementPoint.class;
        }
        if (followedUp.get(i) != null) {
          return InvestigationError.AlreadyFollowedUp.class;
        }
        followedUp.set(i, on);
      } else {
        int n = ((Inform) action).members();
        if (status != FINAL && status != FOLLOW_UP) {
          return InvestigationError.NotInStep.class;
        }
        if (on.isBefore(since)) {
          return InvestigationError.BeforePreviousStep.class;
        }
        if (kinds.isEmpty()) {
          return InvestigationError.NoOutcome.class;
        }
        if (n == 0) {
          return InvestigationError.NoMembers.class;
        }
        informed += n;
      }
      return null;
    }
  }

  private static Either<InvestigationError, Investigation> run(Investigation sut, Action action, LocalDate on) {
    if (action instanceof Advance) {
      Advance a = (Advance) action;
      switch (a.to(sut.status())) {
        case INVESTIGATING:
          return sut.startInvestigating(on);
        case DRAFT_REPORT:
          return sut.draftReport(on);
        case PROVIDER_RESPONSE:
          return sut.requestProviderResponse(on, on.plusDays(a.dueOffset()));
        case FINAL_REPORT:
          return sut.finalReport(on);
        case FOLLOW_UP:
          return sut.startFollowUp(on);
        default:
          return sut.close(on);
      }
    }
    if (action instanceof RecordFinding) {
      return sut.recordFinding(((RecordFinding) action).finding());
    }
    if (action instanceof AddOutcome) {
      return sut.addOutcome(outcome((AddOutcome) action, on), on);
    }
    if (action instanceof FollowUp) {
      return sut.followUp(((FollowUp) action).index(), on);
    }
    List<MunicipalityCode> members = List.ofAll(SharedGen.REFERENCE_MEMBERS).take(((Inform) action).members());
    return sut.inform(members, on);
  }

  @Test
  void the_aggregate_accepts_exactly_what_the_model_allows_and_never_skips_or_reopens() {
    qt().withExamples(400)
        .forAll(InvestigationGen.opened(), SourceDSL.lists().of(actions()).ofSizeBetween(1, 30))
        .checkAssert((start, actions) -> {
          Investigation sut = start;
          Model model = new Model();
          model.since = start.openedOn();
          for (Action action : actions) {
            LocalDate on = model.since.plusDays(action.gap());
            Investigation before = sut;
            Class<? extends InvestigationError> expected = model.apply(action, on);
            Either<InvestigationError, Investigation> actual = run(sut, action, on);
            if (expected == null) {
              assertThat(actual.isRight()).as("%s on %s refused with %s", action, on, actual).isTrue();
              sut = actual.get();
            } else {
              assertThat(actual.isLeft()).as("%s on %s accepted, model expects %s", action, on, expected.getSimpleName())
                  .isTrue();
              assertThat(actual.getLeft()).as(action.toString()).isInstanceOf(expected);
              assertThat(sut).as("a refusal changes nothing").isEqualTo(before);
            }
            int step = sut.status().ordinal() - before.status().ordinal();
            assertThat(step).as("no step skipped or reversed").isBetween(0, 1);
            if (before.status() == InvestigationStatus.CLOSED) {
              assertThat(actual.getLeft()).isInstanceOf(InvestigationError.Closed.class);
            }
            assertThat(sut.outcomes().isEmpty() || sut.status().isAtLeast(InvestigationStatus.FINAL_REPORT))
                .as("outcomes only after a final report").isTrue();
            agrees(sut, model, on);
          }
        });
  }

  private static void agrees(Investigation sut, Model model, LocalDate today) {
    assertThat(sut.status().ordinal()).isEqualTo(model.status);
    assertThat(sut.statusSince()).isEqualTo(model.since);
    assertThat(sut.responseDue().getOrNull()).isEqualTo(model.status >= 3 ? model.responseDue : null);
    assertThat(sut.findings().toJavaMap(f -> io.vavr.Tuple.of(f.normCode(), f.verdict()))).isEqualTo(model.findings);
    assertThat(sut.outcomes().size()).isEqualTo(model.kinds.size());
    assertThat(sut.informed().size()).isEqualTo(model.informed);
    long overdue = 0;
    for (int i = 0; i < model.kinds.size(); i++) {
      if (model.kinds.get(i)[0] == 1) {
        Outcome.ImprovementPoint p = (Outcome.ImprovementPoint) sut.outcomes().get(i);
        assertThat(p.followedUpOn().getOrNull()).isEqualTo(model.followedUp.get(i));
        overdue += model.followedUp.get(i) == null && model.deadlines.get(i).isBefore(today) ? 1 : 0;
      }
    }
    assertThat((long) sut.overdueImprovementPoints(today).size()).isEqualTo(overdue);
  }

  @Test
  void a_complete_run_reaches_closed_and_nothing_moves_it_again() {
    qt().withExamples(100)
        .forAll(InvestigationGen.opened(), SourceDSL.integers().between(0, 20))
        .checkAssert((start, gap) -> {
          LocalDate d = start.openedOn();
          Investigation closed = start.startInvestigating(d.plusDays(gap)).get()
              .draftReport(d.plusDays(gap)).get()
              .requestProviderResponse(d.plusDays(gap), d.plusDays(2L * gap)).get()
              .finalReport(d.plusDays(2L * gap)).get()
              .addOutcome(new Outcome.FraudReport("Politie"), d.plusDays(2L * gap)).get()
              .startFollowUp(d.plusDays(3L * gap)).get()
              .close(d.plusDays(3L * gap)).get();
          assertThat(closed.status()).isEqualTo(InvestigationStatus.CLOSED);
          assertThat(closed.close(d.plusDays(100)).getLeft()).isInstanceOf(InvestigationError.Closed.class);
        });
  }
}
