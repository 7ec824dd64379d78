package nl.wmokader.core.supervision;

import static nl.wmokader.core.testing.Results.right;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.ClaimGen;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationCommand;
import nl.wmokader.core.supervision.port.in.OpenInvestigationCommand;
import nl.wmokader.core.supervision.port.in.RecordSignalCommand;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The facade over in-memory adapters with the reference region, the {@link ClaimGen} products, an
 * active contract for {@link ClaimGen#PROVIDER} (2024-2028) and two registered fictional providers.
 */
final class SupervisionWorld {
  static final Actor REGION = Actor.region();
  static final Actor SUPERVISOR = Actor.supervisor();
  static final Actor PROVIDER_STAFF = Actor.provider(ClaimGen.PROVIDER);
  static final Actor OTHER_PROVIDER_STAFF = Actor.provider(ClaimGen.OTHER_PROVIDER);
  static final Actor MEMBER_STAFF = Actor.municipality(ClaimGen.MEMBER);

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
  final WmoKader wmo;

  SupervisionWorld() {
    this(adapters -> adapters.builder());
  }

  SupervisionWorld(java.util.function.Function<InMemoryAdapters, WmoKaderBuilder> builder) {
    wmo = builder.apply(adapters).clock(clock).ids(new SequentialIds()).build();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(ClaimGen.PROVIDER, "Zorg Demo Een (fictief)")));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(ClaimGen.OTHER_PROVIDER, "Zorg Demo Twee (fictief)")));
    ClaimGen.products().forEach(p -> adapters.products().save(p).get());
    adapters.contracts().save(ClaimGen.contract(ClaimGen.PROVIDER)).get();
  }

  LocalDate today() {
    return clock.today();
  }

  Signal signal(SignalSeverity severity) {
    return right(wmo.supervision().recordSignal().recordSignal(REGION, new RecordSignalCommand(ClaimGen.PROVIDER, SignalSource.CLIENT,
        "Afspraken worden niet nagekomen", null, severity)));
  }

  Investigation openOnSignal(InvestigationScope scope) {
    Signal s = signal(SignalSeverity.HIGH);
    return right(wmo.supervision().openInvestigation().openInvestigation(SUPERVISOR, new OpenInvestigationCommand(ClaimGen.PROVIDER,
        List.of(s.id()), scope, ProviderDeliveryForm.IN_KIND)));
  }

  Investigation advance(Investigation i, InvestigationStatus to) {
    return right(wmo.supervision().advanceInvestigation().advanceInvestigation(SUPERVISOR, new AdvanceInvestigationCommand(i.id(), to,
        to == InvestigationStatus.PROVIDER_RESPONSE ? today().plusDays(14) : null)));
  }

  /** An investigation moved step by step, a day apart, up to and including {@code to}. */
  Investigation upTo(Investigation i, InvestigationStatus to) {
    Investigation current = i;
    for (InvestigationStatus step : InvestigationStatus.values()) {
      if (step.compareTo(current.status()) > 0 && step.compareTo(to) <= 0) {
        clock.set(today().plusDays(1));
        current = advance(current, step);
      }
    }
    return current;
  }

  /** An investigation at its final report, opened on a signal with the given scope. */
  Investigation atFinalReport(InvestigationScope scope) {
    return upTo(openOnSignal(scope), InvestigationStatus.FINAL_REPORT);
  }

  static DateRange year(int year) {
    return DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
