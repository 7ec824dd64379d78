package nl.wmokader.core.indication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.wmokader.core.indication.IndicationGen;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The lifecycle against a deliberately naive model: random sequences of steps, each dated a random
 * number of days after the latest recorded event (sometimes before it); the aggregate accepts
 * exactly the steps the model allows, refuses the others with the model's error, and after every
 * step holds the model's dates.
 */
class IndicationLifecyclePropertiesTest implements WithQuickTheories {

  private static final IntakeDeadlines DEADLINES = IntakeDeadlines.reference();
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();

  sealed interface Step {
    int gap();
  }

  record Assess(int gap) implements Step {}

  record Apply(int gap) implements Step {}

  record GrantIt(int gap, Grant grant) implements Step {}

  record Refuse(int gap) implements Step {}

  record FileObjection(int gap) implements Step {}

  record DecideObjection(int gap, ObjectionOutcome outcome) implements Step {}

  private static Gen<Integer> gaps() {
    return SourceDSL.integers().between(-5, 60);
  }

  private static Gen<Step> steps() {
    return Generate.oneOf(
        gaps().map(Assess::new),
        gaps().map(Apply::new),
        gaps().zip(Generate.booleans().flatMap(shelter -> IndicationGen.grants(shelter, LocalDate.of(2025, 6, 1))),
            GrantIt::new),
        gaps().map(Refuse::new),
        gaps().map(FileObjection::new),
        gaps().zip(Generate.enumValues(ObjectionOutcome.class), DecideObjection::new));
  }

  /** The naive model: the recorded dates, null while a step is not taken. */
  static final class Model {
    boolean attributed;
    LocalDate reported;
    LocalDate assessed;
    LocalDate applied;
    LocalDate decided;
    Boolean granted;
    LocalDate filed;
    Boolean late;
    LocalDate objectionDecided;
    ObjectionOutcome outcome;
    LocalDate last;

    IndicationStatus status() {
      if (decided != null) {
        return granted ? IndicationStatus.GRANTED : IndicationStatus.REFUSED;
      }
      if (applied != null) {
        return IndicationStatus.APPLIED;
      }
      return assessed != null ? IndicationStatus.ASSESSED : IndicationStatus.REPORTED;
    }

    /** The error the step must meet, or null when it is allowed (and then applied to the model). */
    Class<? extends IndicationError> apply(Step step, LocalDate on) {
      if (step instanceof Assess) {
        if (status() != IndicationStatus.REPORTED) {
          return IndicationError.NotInStep.class;
        }
        if (on.isBefore(reported)) {
          return IndicationError.BeforePreviousStep.class;
        }
        assessed = on;
      } else if (step instanceof Apply) {
        if (status() == IndicationStatus.ASSESSED) {
          if (on.isBefore(assessed)) {
            return IndicationError.BeforePreviousStep.class;
          }
        } else if (status() == IndicationStatus.REPORTED) {
          if (!on.isAfter(CALENDAR.termEnd(reported, Period.ofWeeks(6)))) {
            return IndicationError.AssessmentStillDue.class;
          }
        } else {
          return IndicationError.NotInStep.class;
        }
        applied = on;
      } else if (step instanceof GrantIt || step instanceof Refuse) {
        if (decided != null) {
          return IndicationError.AlreadyDecided.class;
        }
        if (status() != IndicationStatus.APPLIED) {
          return IndicationError.NotInStep.class;
        }
        if (on.isBefore(applied)) {
          return IndicationError.BeforePreviousStep.class;
        }
        if (step instanceof GrantIt
            && ((GrantIt) step).grant().category().isShelteredHousingOrShelter() != attributed) {
          return IndicationError.CategoryNotForCase.class;
        }
        decided = on;
        granted = step instanceof GrantIt;
      } else if (step instanceof FileObjection) {
        if (decided == null) {
          return IndicationError.ObjectionWithoutDecision.class;
        }
        if (filed != null) {
          return IndicationError.ObjectionAlreadyFiled.class;
        }
        if (on.isBefore(decided)) {
          return IndicationError.BeforePreviousStep.class;
        }
        filed = on;
        late = on.isAfter(CALENDAR.termEnd(decided, Period.ofWeeks(6)));
      } else {
        if (filed == null) {
          return IndicationError.NoObjection.class;
        }
        if (outcome != null) {
          return IndicationError.ObjectionAlreadyDecided.class;
        }
        if (on.isBefore(filed)) {
          return IndicationError.BeforePreviousStep.class;
        }
        objectionDecided = on;
        outcome = ((DecideObjection) step).outcome();
      }
      last = on;
      return null;
    }
  }

  private static Either<IndicationError, Indication> run(Indication sut, Step step, LocalDate on) {
    if (step instanceof Assess) {
      return sut.completeAssessment(on);
    }
    if (step instanceof Apply) {
      return sut.submitApplication(on, DEADLINES);
    }
    if (step instanceof GrantIt) {
      return sut.decide(Decision.granted(on, ((GrantIt) step).grant()));
    }
    if (step instanceof Refuse) {
      return sut.decide(Decision.refused(on, "Voorliggende voorziening"));
    }
    if (step instanceof FileObjection) {
      return sut.fileObjection(on, DEADLINES);
    }
    return sut.decideObjection(((DecideObjection) step).outcome(), on);
  }

  @Test
  void the_aggregate_accepts_exactly_the_steps_the_model_allows() {
    qt().withExamples(300)
        .forAll(SharedGen.dates(), Generate.booleans(), Generate.booleans(), SourceDSL.lists().of(steps()).ofSizeBetween(1, 12))
        .checkAssert((start, direct, attributed, steps) -> {
          Option<MunicipalityCode> attribution = attributed ? Option.some(MunicipalityCode.of("1721")) : Option.none();
          IndicationId id = new IndicationId(new UUID(1, 1));
          Indication sut = direct
              ? Indication.appliedWithoutReport(id, IndicationGen.client(0), IndicationGen.CENTRAL, attribution, start)
              : Indication.reported(id, IndicationGen.client(0), IndicationGen.CENTRAL, attribution, start);
          Model model = new Model();
          model.attributed = attributed;
          model.reported = start;
          model.applied = direct ? start : null;
          model.last = start;
          for (Step step : steps) {
            LocalDate on = model.last.plusDays(step.gap());
            Class<? extends IndicationError> expected = model.apply(step, on);
            Either<IndicationError, Indication> actual = run(sut, step, on);
            if (expected == null) {
              assertThat(actual.isRight()).as("%s on %s refused with %s", step, on, actual).isTrue();
              sut = actual.get();
            } else {
              assertThat(actual.isLeft()).as("%s on %s accepted, model expects %s", step, on, expected.getSimpleName())
                  .isTrue();
              assertThat(actual.getLeft()).as(step.toString()).isInstanceOf(expected);
            }
            agrees(sut, model);
          }
        });
  }

  private static void agrees(Indication sut, Model model) {
    assertThat(sut.status()).isEqualTo(model.status());
    assertThat(sut.reportedOn()).isEqualTo(model.reported);
    assertThat(sut.assessedOn().getOrNull()).isEqualTo(model.assessed);
    assertThat(sut.appliedOn().getOrNull()).isEqualTo(model.applied);
    assertThat(sut.decision().map(Decision::decidedOn).getOrNull()).isEqualTo(model.decided);
    assertThat(sut.grant().isDefined()).isEqualTo(Boolean.TRUE.equals(model.granted));
    assertThat(sut.objection().map(Objection::filedOn).getOrNull()).isEqualTo(model.filed);
    assertThat(sut.objection().map(Objection::late).getOrNull()).isEqualTo(model.late);
    assertThat(sut.objection().flatMap(Objection::outcome).getOrNull()).isEqualTo(model.outcome);
    assertThat(sut.objection().flatMap(Objection::decidedOn).getOrNull()).isEqualTo(model.objectionDecided);
  }

  @Test
  void steps_in_the_usual_order_and_on_time_take_a_case_from_report_to_a_decided_objection() {
    LocalDate d = LocalDate.of(2025, 1, 6);
    Indication done = Indication.reported(new IndicationId(new UUID(2, 2)), IndicationGen.client(0),
            MunicipalityCode.of("1721"), Option.none(), d)
        .completeAssessment(d.plusDays(10)).get()
        .submitApplication(d.plusDays(11), DEADLINES).get()
        .decide(Decision.refused(d.plusDays(12), "Eigen kracht")).get()
        .fileObjection(d.plusDays(13), DEADLINES).get()
        .decideObjection(ObjectionOutcome.DISMISSED, d.plusDays(50)).get();
    assertThat(done.status()).isEqualTo(IndicationStatus.REFUSED);
    assertThat(done.objection().get()).isEqualTo(
        new Objection(d.plusDays(13), false, Option.some(ObjectionOutcome.DISMISSED), Option.some(d.plusDays(50))));
    assertThat(List.of(done.assessedOn().get(), done.appliedOn().get())).containsExactly(d.plusDays(10), d.plusDays(11));
  }
}
