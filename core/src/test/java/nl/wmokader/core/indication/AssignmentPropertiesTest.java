package nl.wmokader.core.indication;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentError;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The aggregate's own transitions, over assignments in any state. */
class AssignmentPropertiesTest implements WithQuickTheories {

  @Test
  void moving_the_end_changes_only_the_end() {
    qt().forAll(AssignmentGen.assignments(), integers().between(-400, 400)).checkAssert((a, days) -> {
      LocalDate newEnd = a.validity().start().plusDays(days);
      a.moveEnd(Option.some(newEnd)).forEach(moved -> {
        assertThat(moved.validity().end()).containsExactly(newEnd);
        assertThat(moved.withValidity(a.validity())).isEqualTo(a);
      });
      assertThat(a.moveEnd(Option.some(newEnd)).isRight())
          .isEqualTo(a.status().isActive() && !newEnd.isBefore(a.deliveryStart().getOrElse(a.validity().start()))
              && !newEnd.isBefore(a.validity().start()));
    });
  }

  @Test
  void a_change_splits_the_validity_without_gap_or_overlap() {
    qt().forAll(AssignmentGen.assignments(), integers().between(-10, 500)).checkAssert((a, days) -> {
      LocalDate changeDate = a.validity().start().plusDays(days);
      a.endBefore(changeDate, StopReason.CHANGE_REQUEST).forEach(ended -> {
        Volume volume = a.type() == AssignmentType.GENERIC ? new Volume(300, Unit.EUROS, Frequency.TOTAL)
            : new Volume(3, Unit.HOUR, Frequency.PER_MONTH);
        Assignment next = a.replacement(new AssignmentId(new UUID(1, 1)), Option.none(), volume, changeDate, LocalDate.of(2025, 1, 1));
        assertThat(ended.status()).isEqualTo(AssignmentStatus.ENDED);
        assertThat(ended.validity().end()).containsExactly(changeDate.minusDays(1));
        assertThat(ended.validity().start()).isEqualTo(a.validity().start());
        assertThat(next.validity().start()).isEqualTo(changeDate);
        assertThat(next.validity().end()).isEqualTo(a.validity().end());
        assertThat(ended.effectivePeriod().overlaps(next.validity())).isFalse();
        assertThat(ended.deliveryStart()).isEqualTo(a.deliveryStart());
        assertThat(next.replaces()).containsExactly(a.id());
      });
    });
  }

  @Test
  void delivery_stays_inside_the_validity_and_waiting_is_never_negative() {
    qt().forAll(AssignmentGen.assignments(), integers().between(-30, 500), integers().between(-30, 500), AssignmentGen.stopReasons())
        .checkAssert((a, startDays, stopDays, reason) -> {
          var started = a.startDelivery(a.validity().start().plusDays(startDays));
          var stopped = started.flatMap(s -> s.stopDelivery(s.deliveryStart().get().plusDays(stopDays), reason));
          for (Assignment s : started.toList().appendAll(stopped)) {
            assertThat(a.validity().contains(s.deliveryStart().get())).isTrue();
            assertThat(s.waitingDays().get()).isNotNegative();
            assertThat(a.validity().contains(s.effectivePeriod())).isTrue();
          }
          if (a.deliveryStart().isDefined()) {
            assertThat(started.getLeft()).isInstanceOf(a.status() == AssignmentStatus.DELETED
                ? AssignmentError.NotActive.class : AssignmentError.AlreadyStarted.class);
          }
        });
  }

  @Test
  void only_a_deleted_assignment_cannot_be_deleted() {
    qt().forAll(AssignmentGen.assignments()).checkAssert(a ->
        assertThat(a.delete().isRight()).isEqualTo(a.status() != AssignmentStatus.DELETED));
  }
}
