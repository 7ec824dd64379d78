package nl.wmokader.core.monitoring;

import io.vavr.control.Option;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.monitoring.application.FigureServices;
import nl.wmokader.core.monitoring.application.OversightServices;
import nl.wmokader.core.monitoring.application.SurveyServices;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.SurveyTerms;
import nl.wmokader.core.monitoring.port.in.AnswerSurveyUseCase;
import nl.wmokader.core.monitoring.port.in.InviteClientUseCase;
import nl.wmokader.core.monitoring.port.in.MonitoringFiguresUseCase;
import nl.wmokader.core.monitoring.port.in.OversightFiguresUseCase;
import nl.wmokader.core.monitoring.port.in.SurveyCommentsUseCase;
import nl.wmokader.core.monitoring.port.in.SurveyResultsUseCase;
import nl.wmokader.core.monitoring.port.out.ApprovedCosts;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.monitoring.port.out.SurveyStore;
import nl.wmokader.core.obligations.ObligationsModule;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.settlement.SettlementModule;
import nl.wmokader.core.supervision.SupervisionModule;
import nl.wmokader.core.shared.Environment;

/**
 * The monitoring subdomain's use cases, downstream of every other module: today the client
 * experience survey (invitations, answers, results, free texts) and the monitoring figures (use,
 * cost, flows, durations, waiting times and member benchmarks) with the budget, supervision and
 * compliance figures beside them.
 */
public final class MonitoringModule {

  private final SurveyServices survey;
  private final SurveyTerms surveyTerms;
  private final FigureServices figures;
  private final OversightServices oversight;

  /** What the figures read: their facts (optional) and settlement's approved totals. */
  public record FigureSources(Option<MonitoringFacts> facts, ApprovedCosts costs) {
    public FigureSources {
      java.util.Objects.requireNonNull(facts, "facts");
      java.util.Objects.requireNonNull(costs, "costs");
    }
  }

  /** The downstream-most subdomains the budget, supervision and compliance figures read. */
  public record Upstream(SettlementModule settlement, SupervisionModule supervision, ObligationsModule obligations) {
    public Upstream {
      java.util.Objects.requireNonNull(settlement, "settlement");
      java.util.Objects.requireNonNull(supervision, "supervision");
      java.util.Objects.requireNonNull(obligations, "obligations");
    }
  }

  /**
   * @param surveys the survey's store; none when the installation keeps no survey (its use cases
   *     then answer {@code NotKept})
   * @param figureSources the figures' facts (none: the figures answer {@code NotKept}) and costs
   * @param upstream the subdomains the oversight figures read through their use cases
   */
  public MonitoringModule(Option<SurveyStore> surveys, FigureSources figureSources, RegionModule region,
                          ContractingModule contracting, IndicationModule indication, Upstream upstream,
                          SurveyTerms surveyTerms, Environment environment) {
    this.surveyTerms = surveyTerms;
    this.figures = new FigureServices(figureSources.facts(), figureSources.costs(), region.getRegion(),
        contracting.findContracts(), environment.access());
    this.oversight = new OversightServices(new OversightServices.Sources(region.getRegion(),
        upstream.settlement().getBudgetStatus(), upstream.supervision().listSignals(),
        upstream.supervision().listCalamities(), upstream.supervision().listInvestigations(),
        contracting.listProviders(), upstream.obligations().evaluateObligations()), environment.access());
    this.survey = new SurveyServices(surveys, indication.getIndication(), indication.getAssignment(), surveyTerms,
        environment.clock(), environment.ids(), environment.access());
  }

  /** The questionnaire clients are asked, for the channel that shows it. */
  public Questionnaire questionnaire() {
    return surveyTerms.questionnaire();
  }

  public InviteClientUseCase inviteClient() {
    return survey;
  }

  public AnswerSurveyUseCase answerSurvey() {
    return survey;
  }

  public SurveyResultsUseCase surveyResults() {
    return survey;
  }

  public SurveyCommentsUseCase surveyComments() {
    return survey;
  }

  public MonitoringFiguresUseCase monitoringFigures() {
    return figures;
  }

  /** Budgets and forecasts per member, supervision and compliance per provider. */
  public OversightFiguresUseCase oversightFigures() {
    return oversight;
  }
}
