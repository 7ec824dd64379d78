package nl.wmokader.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalError;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import org.junit.jupiter.api.Test;

class SignalTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 6, 2);
  private static final Signal OPEN = Signal.received(new SignalId(new UUID(5, 1)), AgbCode.of("98000008"),
      SignalSource.WHISTLE_BLOWER, "Uren gedeclareerd die niet geleverd zijn", RECEIVED, SignalSeverity.HIGH);
  private static final InvestigationId INVESTIGATION = new InvestigationId(new UUID(6, 1));

  @Test
  void an_open_signal_is_linked_to_an_investigation_once() {
    Signal linked = OPEN.linkTo(INVESTIGATION, RECEIVED.plusDays(3)).get();
    assertThat(linked.status()).isEqualTo(SignalStatus.LINKED);
    assertThat(linked.investigation()).contains(INVESTIGATION);
    assertThat(linked.decidedOn()).contains(RECEIVED.plusDays(3));
    assertThat(linked.linkTo(INVESTIGATION, RECEIVED.plusDays(4)).getLeft()).isInstanceOf(SignalError.NotOpen.class);
    assertThat(linked.dismiss("Toch niet", RECEIVED.plusDays(4)).getLeft()).isInstanceOf(SignalError.NotOpen.class);
  }

  @Test
  void an_open_signal_is_dismissed_with_a_reason_and_stays_dismissed() {
    Signal dismissed = OPEN.dismiss("Geen aanwijzing na gesprek met melder", RECEIVED).get();
    assertThat(dismissed.status()).isEqualTo(SignalStatus.DISMISSED);
    assertThat(dismissed.dismissalReason()).contains("Geen aanwijzing na gesprek met melder");
    assertThat(dismissed.linkTo(INVESTIGATION, RECEIVED).getLeft()).isInstanceOf(SignalError.NotOpen.class);
  }

  @Test
  void no_decision_before_the_signal_came_in_and_no_dismissal_without_a_reason() {
    assertThat(OPEN.linkTo(INVESTIGATION, RECEIVED.minusDays(1)).getLeft()).isInstanceOf(SignalError.BeforeReceipt.class);
    assertThatThrownBy(() -> OPEN.dismiss(" ", RECEIVED)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Signal.received(new SignalId(new UUID(5, 2)), AgbCode.of("98000008"), SignalSource.CLIENT,
        "", RECEIVED, SignalSeverity.LOW)).isInstanceOf(IllegalArgumentException.class);
  }
}
