package nl.wmokader.core.supervision;

import java.time.Clock;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.settlement.SettlementModule;
import nl.wmokader.core.shared.Environment;
import nl.wmokader.core.supervision.application.CalamityServices;
import nl.wmokader.core.supervision.application.InvestigationServices;
import nl.wmokader.core.supervision.application.ProactiveSelectionService;
import nl.wmokader.core.supervision.application.ProviderRecordService;
import nl.wmokader.core.supervision.application.SignalServices;
import nl.wmokader.core.supervision.domain.SelectionTerms;
import nl.wmokader.core.supervision.port.in.AddOutcomeUseCase;
import nl.wmokader.core.supervision.port.in.AdvanceInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.DecideOnSignalUseCase;
import nl.wmokader.core.supervision.port.in.FindQualityFindingsUseCase;
import nl.wmokader.core.supervision.port.in.FindReportableEventsUseCase;
import nl.wmokader.core.supervision.port.in.FollowUpImprovementPointUseCase;
import nl.wmokader.core.supervision.port.in.GetInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.InformMembersUseCase;
import nl.wmokader.core.supervision.port.in.ListCalamitiesUseCase;
import nl.wmokader.core.supervision.port.in.ListInvestigationsUseCase;
import nl.wmokader.core.supervision.port.in.ListOverdueImprovementPointsUseCase;
import nl.wmokader.core.supervision.port.in.ListSignalsUseCase;
import nl.wmokader.core.supervision.port.in.OpenInvestigationUseCase;
import nl.wmokader.core.supervision.port.in.RecordFindingUseCase;
import nl.wmokader.core.supervision.port.in.RecordGgdStepUseCase;
import nl.wmokader.core.supervision.port.in.RecordSignalUseCase;
import nl.wmokader.core.supervision.port.in.ReportCalamityUseCase;
import nl.wmokader.core.supervision.port.in.ReportMeasureUseCase;
import nl.wmokader.core.supervision.port.in.SelectProactiveUseCase;
import nl.wmokader.core.supervision.port.out.CalamityRepository;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;
import nl.wmokader.core.supervision.port.out.ProviderTurnover;
import nl.wmokader.core.supervision.port.out.SignalRepository;

/**
 * The supervision subdomain's use cases, composed from its stores and the upstream modules:
 * signals, calamities, investigations with their measures (which act through contracting's and
 * settlement's use cases) and the proactive selection.
 */
public final class SupervisionModule {

  private final SignalServices signals;
  private final CalamityServices calamities;
  private final InvestigationServices investigations;
  private final ProactiveSelectionService proactiveSelection;
  private final ProviderRecordService record;

  /** @param turnover a provider's turnover in a year, for the proactive selection */
  public SupervisionModule(SignalRepository signals, CalamityRepository calamities,
                           InvestigationRepository investigations, RegionModule region, ContractingModule contracting,
                           IndicationModule indication, SettlementModule settlement, ProviderTurnover turnover,
                           SelectionTerms selectionTerms, Environment environment) {
    Clock clock = environment.clock();
    this.signals = new SignalServices(signals, investigations, contracting.getProvider(), clock, environment.ids(), environment.access());
    this.calamities = new CalamityServices(calamities, contracting.getProvider(), clock, environment.ids(), environment.access());
    this.investigations = new InvestigationServices(investigations, signals, contracting.getProvider(),
        region.getRegion(), contracting.listContracts(), contracting.imposeClientStop(), contracting.suspendContract(),
        contracting.terminateContract(), settlement.registerRecovery(), indication.listAssignments(), clock,
        environment.ids(), environment.access());
    this.proactiveSelection = new ProactiveSelectionService(contracting.listProviders(), contracting.listContracts(),
        indication.listAssignments(), turnover, signals, investigations, selectionTerms, clock, environment.access());
    this.record = new ProviderRecordService(investigations, calamities, environment.access());
  }

  // supervision: signals and calamities

  public RecordSignalUseCase recordSignal() {
    return signals;
  }

  public DecideOnSignalUseCase decideOnSignal() {
    return signals;
  }

  public ListSignalsUseCase listSignals() {
    return signals;
  }

  public ReportCalamityUseCase reportCalamity() {
    return calamities;
  }

  public RecordGgdStepUseCase recordGgdStep() {
    return calamities;
  }

  public ListCalamitiesUseCase listCalamities() {
    return calamities;
  }
  // supervision: investigations and the proactive selection

  public OpenInvestigationUseCase openInvestigation() {
    return investigations;
  }

  public AdvanceInvestigationUseCase advanceInvestigation() {
    return investigations;
  }

  public RecordFindingUseCase recordFinding() {
    return investigations;
  }

  public AddOutcomeUseCase addOutcome() {
    return investigations;
  }

  public FollowUpImprovementPointUseCase followUpImprovementPoint() {
    return investigations;
  }

  public ReportMeasureUseCase reportMeasure() {
    return investigations;
  }

  public InformMembersUseCase informMembers() {
    return investigations;
  }

  public GetInvestigationUseCase getInvestigation() {
    return investigations;
  }

  public ListInvestigationsUseCase listInvestigations() {
    return investigations;
  }

  public ListOverdueImprovementPointsUseCase listOverdueImprovementPoints() {
    return investigations;
  }

  public SelectProactiveUseCase selectProactive() {
    return proactiveSelection;
  }

  // supervision: a provider's record, for the subdomains downstream

  public FindQualityFindingsUseCase findQualityFindings() {
    return record;
  }

  public FindReportableEventsUseCase findReportableEvents() {
    return record;
  }
}
