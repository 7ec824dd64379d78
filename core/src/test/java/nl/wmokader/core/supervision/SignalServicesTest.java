package nl.wmokader.core.supervision;

import static nl.wmokader.core.supervision.SupervisionWorld.MEMBER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.PROVIDER_STAFF;
import static nl.wmokader.core.supervision.SupervisionWorld.REGION;
import static nl.wmokader.core.supervision.SupervisionWorld.SUPERVISOR;
import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.UUID;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.FieldError;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalError;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.port.in.DecideOnSignalCommand;
import nl.wmokader.core.supervision.port.in.ListSignalsQuery;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;
import org.junit.jupiter.api.Test;

class SignalServicesTest {

  private final SupervisionWorld world = new SupervisionWorld();

  @Test
  void a_member_records_a_signal_received_today_and_a_provider_may_not() {
    Signal s = right(world.wmo.supervision().recordSignal().recordSignal(MEMBER_STAFF, new RecordSignalCommand(ClaimGen.PROVIDER,
        SignalSource.MEMBER_MUNICIPALITY, "Klachten over bejegening", null, SignalSeverity.MEDIUM)));
    assertThat(s.status()).isEqualTo(SignalStatus.OPEN);
    assertThat(s.receivedOn()).isEqualTo(world.today());
    assertThat(s.version()).isEqualTo(1);
    leftOfKind(world.wmo.supervision().recordSignal().recordSignal(PROVIDER_STAFF, new RecordSignalCommand(ClaimGen.PROVIDER,
        SignalSource.CLIENT, "x", null, SignalSeverity.LOW)), ErrorKind.FORBIDDEN);
  }

  @Test
  void every_field_error_at_once_and_nothing_stored() {
    var errors = left(world.wmo.supervision().recordSignal().recordSignal(REGION, new RecordSignalCommand(AgbCode.of("98000099"),
        null, " ", world.today().plusDays(1), null)), InvalidInput.class).errors().map(FieldError::field);
    assertThat(errors).containsExactlyInAnyOrder("provider", "source", "severity", "description", "receivedOn");
    assertThat(world.adapters.signals().find(Option.none())).isEmpty();
  }

  @Test
  void opening_on_signals_links_them_and_a_decided_signal_cannot_be_linked_again() {
    Signal first = world.signal(SignalSeverity.HIGH);
    Signal second = world.signal(SignalSeverity.LOW);
    Investigation opened = right(world.wmo.supervision().openInvestigation().openInvestigation(SUPERVISOR,
        new OpenInvestigationCommand(ClaimGen.PROVIDER, List.of(first.id(), second.id()), InvestigationScope.QUALITY,
            ProviderDeliveryForm.IN_KIND)));
    assertThat(opened.trigger()).isEqualTo(new InvestigationTrigger.SignalDriven(List.of(first.id(), second.id())));
    assertThat(world.adapters.signals().findById(first.id()).get().investigation()).contains(opened.id());
    assertThat(world.adapters.signals().findById(second.id()).get().status()).isEqualTo(SignalStatus.LINKED);

    left(world.wmo.supervision().openInvestigation().openInvestigation(REGION, new OpenInvestigationCommand(ClaimGen.PROVIDER,
        List.of(first.id()), InvestigationScope.BOTH, ProviderDeliveryForm.IN_KIND)), SignalError.NotOpen.class);
    assertThat(world.adapters.investigations().find(Option.none())).hasSize(1);
  }

  @Test
  void opening_refuses_unknown_signals_and_an_unoffered_delivery_form_all_at_once() {
    Signal about = world.signal(SignalSeverity.LOW);
    var errors = left(world.wmo.supervision().openInvestigation().openInvestigation(REGION, new OpenInvestigationCommand(
        ClaimGen.OTHER_PROVIDER, List.of(about.id(), new SignalId(new UUID(9, 9))), null,
        ProviderDeliveryForm.PERSONAL_BUDGET)), InvalidInput.class).errors().map(FieldError::field);
    assertThat(errors).containsExactlyInAnyOrder("scope", "deliveryForm", "signals", "signals");
    assertThat(world.adapters.investigations().find(Option.none())).isEmpty();
    assertThat(world.adapters.signals().findById(about.id()).get().status()).isEqualTo(SignalStatus.OPEN);
  }

  @Test
  void a_signal_is_dismissed_with_a_reason_or_linked_to_a_running_investigation() {
    Investigation running = world.openOnSignal(InvestigationScope.QUALITY);
    Signal later = world.signal(SignalSeverity.MEDIUM);
    Signal linked = right(world.wmo.supervision().decideOnSignal().decideOnSignal(REGION,
        new DecideOnSignalCommand(later.id(), running.id(), null)));
    assertThat(linked.investigation()).contains(running.id());

    Signal other = world.signal(SignalSeverity.LOW);
    assertThat(left(world.wmo.supervision().decideOnSignal().decideOnSignal(REGION, new DecideOnSignalCommand(other.id(), running.id(),
        "both")), InvalidInput.class).errors().map(FieldError::field)).contains("investigation");
    Signal dismissed = right(world.wmo.supervision().decideOnSignal().decideOnSignal(SUPERVISOR,
        new DecideOnSignalCommand(other.id(), null, "Geen aanwijzingen")));
    assertThat(dismissed.dismissalReason()).contains("Geen aanwijzingen");
    leftOfKind(world.wmo.supervision().decideOnSignal().decideOnSignal(MEMBER_STAFF,
        new DecideOnSignalCommand(other.id(), null, "x")), ErrorKind.FORBIDDEN);
    leftOfKind(world.wmo.supervision().decideOnSignal().decideOnSignal(REGION,
        new DecideOnSignalCommand(new SignalId(new UUID(8, 8)), null, "x")), ErrorKind.NOT_FOUND);
  }

  @Test
  void signals_are_listed_for_the_region_and_supervisors_only() {
    world.signal(SignalSeverity.LOW);
    assertThat(right(world.wmo.supervision().listSignals().listSignals(SUPERVISOR,
        new ListSignalsQuery(Option.some(ClaimGen.PROVIDER), PageRequest.first()))).items()).hasSize(1);
    assertThat(right(world.wmo.supervision().listSignals().listSignals(REGION,
        new ListSignalsQuery(Option.some(ClaimGen.OTHER_PROVIDER), PageRequest.first()))).items()).isEmpty();
    leftOfKind(world.wmo.supervision().listSignals().listSignals(PROVIDER_STAFF,
        new ListSignalsQuery(Option.none(), PageRequest.first())), ErrorKind.FORBIDDEN);
  }
}
