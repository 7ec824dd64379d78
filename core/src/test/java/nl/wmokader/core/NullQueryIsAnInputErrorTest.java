package nl.wmokader.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** A list asked without its query is an input error for the roles that may ask, never an exception. */
class NullQueryIsAnInputErrorTest {
  private final WmoKader wmo = new InMemoryAdapters().builder().clock(new MutableClock(LocalDate.of(2026, 3, 2)))
      .ids(new SequentialIds()).build();

  @Test
  void contracts_claims_and_evidence_alerts_without_a_query() {
    assertThat(wmo.contracting().listContracts().listContracts(Actor.region(), null).getLeft().kind())
        .isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(wmo.settlement().listClaims().listClaims(Actor.region(), null).getLeft().kind())
        .isEqualTo(ErrorKind.INVALID_INPUT);
    assertThat(wmo.contracting().listEvidenceAlerts().listEvidenceAlerts(Actor.region(), null).getLeft().kind())
        .isEqualTo(ErrorKind.INVALID_INPUT);
  }
}
