package nl.wmokader.core;

import static nl.wmokader.core.shared.RegionQueries.answer;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.contracting.port.in.CheckRegistrationUseCase;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.indication.port.in.CheckMemberCasesUseCase;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.monitoring.MonitoringModule;
import nl.wmokader.core.obligations.ObligationsModule;
import nl.wmokader.core.obligations.port.out.ProviderActivity;
import nl.wmokader.core.obligations.port.out.QualityFindings;
import nl.wmokader.core.obligations.port.out.ReportableEvents;
import nl.wmokader.core.obligations.port.out.TurnoverSource;
import nl.wmokader.core.region.port.in.CheckMembershipUseCase;
import nl.wmokader.core.region.port.out.MemberActivity;
import nl.wmokader.core.settlement.SettlementModule;
import nl.wmokader.core.settlement.port.in.CheckMemberBudgetsUseCase;
import nl.wmokader.core.settlement.port.in.CheckMemberClaimsUseCase;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.KnownActors;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.SupervisionModule;
import nl.wmokader.core.supervision.port.out.ProviderTurnover;

/**
 * Where one subdomain's port is answered by another subdomain: the one place the composition joins
 * them, holding no rule of its own. Indication learns from settlement's claims which assignments
 * carry approved claims (indication is upstream, so through its own port). The obligations and the
 * proactive selection ask the upstream subdomains' use cases, as the region: turnover (settlement),
 * quality findings and reportable events (supervision), a provider's activity (indication).
 * Monitoring reads settlement's approved totals through its own port, answered by the claims' store. An
 * embedder may answer approved claims, turnover, findings and events itself ({@link WmoKaderBuilder}).
 */
final class SubdomainGlue {
  private static final Actor REGION = Actor.region();

  private final WmoKaderBuilder b;

  SubdomainGlue(WmoKaderBuilder b) {
    this.b = b;
  }

  /**
   * Whom the region knows, for the access policy every module is built with: answered by the
   * region's and contracting's own use cases once they exist (the policy is needed to build them).
   */
  static final class KnownParties implements KnownActors {
    private volatile CheckMembershipUseCase members;
    private volatile CheckRegistrationUseCase providers;

    void answerFrom(CheckMembershipUseCase members, CheckRegistrationUseCase providers) {
      this.members = members;
      this.providers = providers;
    }

    @Override
    public boolean isMember(MunicipalityCode municipality) {
      return members.isMember(municipality);
    }

    @Override
    public boolean isRegistered(AgbCode provider) {
      return providers.isRegistered(provider);
    }
  }

  /**
   * Whether a member holds cases (indication), claims or budgets (settlement), for the region, which
   * is built before them: answered by their own use cases once they exist.
   */
  static final class MemberData implements MemberActivity {
    private volatile CheckMemberCasesUseCase cases;
    private volatile CheckMemberClaimsUseCase claims;
    private volatile CheckMemberBudgetsUseCase budgets;

    void answerFrom(CheckMemberCasesUseCase cases, CheckMemberClaimsUseCase claims, CheckMemberBudgetsUseCase budgets) {
      this.cases = cases;
      this.claims = claims;
      this.budgets = budgets;
    }

    @Override
    public boolean holdsData(MunicipalityCode member) {
      return cases.hasCases(member) || claims.hasClaims(member) || budgets.hasBudgets(member);
    }
  }

  ApprovedClaims approvedClaims() {
    return b.approvedClaims != null ? b.approvedClaims : b.claims::hasApprovedLines;
  }

  /** The figures' facts as given, and their cost from the claims' store's maintained totals. */
  MonitoringModule.FigureSources figureSources() {
    return new MonitoringModule.FigureSources(Option.of(b.monitoringFacts), b.claims::settlementTotals);
  }

  ProviderTurnover providerTurnover(SettlementModule settlement) {
    return turnover(settlement)::turnover;
  }

  ObligationsModule.Upstream obligationsUpstream(SettlementModule settlement, IndicationModule indication,
                                                 SupervisionModule supervision) {
    QualityFindings findings = b.qualityFindings != null ? b.qualityFindings
        : (provider, year) -> answer(supervision.findQualityFindings().findQualityFindings(REGION, provider, year));
    ReportableEvents events = b.reportableEvents != null ? b.reportableEvents
        : (provider, year) -> answer(supervision.findReportableEvents().findReportableEvents(REGION, provider, year));
    ProviderActivity activity = new ProviderActivity() {
      @Override
      public long assignmentsReceived(AgbCode provider, int year) {
        return answer(indication.getProviderActivity().assignmentsReceived(REGION, provider, year));
      }

      @Override
      public Option<LocalDate> lastClientDay(AgbCode provider, LocalDate asOf) {
        return answer(indication.getProviderActivity().lastClientDay(REGION, provider, asOf));
      }
    };
    return new ObligationsModule.Upstream(turnover(settlement), activity, findings, events);
  }

  private TurnoverSource turnover(SettlementModule settlement) {
    return b.turnover != null ? b.turnover
        : (provider, year) -> answer(settlement.getTurnover().getTurnover(REGION, provider, year));
  }

  /** An upstream use case's answer to the region; a refusal here is a defect of the composition. */
}
