package nl.wmokader.core;

import nl.wmokader.core.audit.AuditModule;
import nl.wmokader.core.catalogue.CatalogueModule;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.IndicationModule;
import nl.wmokader.core.monitoring.MonitoringModule;
import nl.wmokader.core.obligations.ObligationsModule;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.settlement.SettlementModule;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Environment;
import nl.wmokader.core.shared.KnownActors;
import nl.wmokader.core.supervision.SupervisionModule;

/**
 * The library's facade: one module per subdomain, composed in upstream order from the driven
 * ports, clock, identifier generator and terms given to its {@link WmoKaderBuilder}. Each module exposes
 * its subdomain's use cases. Thread-safe when the ports are.
 *
 * <pre>{@code
 * WmoKader wmo = JdbcAdapters.over(dataSource).builder()   // or new InMemoryAdapters().builder()
 *     .clock(Clock.system(ZoneId.of("Europe/Amsterdam")))
 *     .ids(UUID::randomUUID)
 *     .build();
 * wmo.region().getRegion().getRegion(Actor.region());
 * wmo.settlement().submitClaim().submitClaim(Actor.provider(agb), command);
 * }</pre>
 */
public final class WmoKader {

  private final AuditModule audit;
  private final RegionModule region;
  private final CatalogueModule catalogue;
  private final ContractingModule contracting;
  private final IndicationModule indication;
  private final SettlementModule settlement;
  private final SupervisionModule supervision;
  private final ObligationsModule obligations;
  private final MonitoringModule monitoring;
  private final SubdomainGlue.KnownParties known;
  private final java.time.Clock clock;

  WmoKader(WmoKaderBuilder b) {
    this.known = new SubdomainGlue.KnownParties();
    this.clock = b.clock;
    Environment environment = new Environment(b.clock, b.ids, b.calendar,
        b.access != null ? b.access : AccessPolicy.standard(known));
    this.audit = new AuditModule(b.auditTrail, environment);
    SubdomainGlue glue = new SubdomainGlue(b);
    SubdomainGlue.MemberData memberData = new SubdomainGlue.MemberData();
    this.region = new RegionModule(b.regions, b.votingRule, b.regionalArrangement, memberData, environment);
    this.catalogue = new CatalogueModule(b.products, region, environment);
    this.contracting = new ContractingModule(b.providers, b.contracts, catalogue, b.openHouseTerms, environment);
    known.answerFrom(region.checkMembership(), contracting.checkRegistration());
    this.indication = new IndicationModule(b.indications, b.assignments, b.assignmentRequests, region, catalogue, contracting,
        glue.approvedClaims(), b.intakeTerms, audit.recordAccess(), environment);
    this.settlement = new SettlementModule(b.claims, b.recoveries, b.budgets, region, catalogue, contracting, indication,
        new SettlementModule.Terms(b.budgetTerms, b.contributionSchedule), audit.recordAccess(), environment);
    memberData.answerFrom(indication.checkMemberCases(), settlement.checkMemberClaims(),
        settlement.checkMemberBudgets());
    this.supervision = new SupervisionModule(b.signals, b.calamities, b.investigations, region, contracting, indication,
        settlement, glue.providerTurnover(settlement), b.selectionTerms, environment);
    this.obligations = new ObligationsModule(b.refusals, b.spendingReports, b.qualityDeclarations, contracting,
        glue.obligationsUpstream(settlement, indication, supervision), b.obligationTerms, environment);
    this.monitoring = new MonitoringModule(io.vavr.control.Option.of(b.surveys), glue.figureSources(), region,
        contracting, indication, new MonitoringModule.Upstream(settlement, supervision, obligations), b.surveyTerms,
        environment);
  }

  public static WmoKaderBuilder builder() {
    return new WmoKaderBuilder();
  }

  /** The audit trail: verifying its chains, the privacy officer's search, a client's access history. */
  public AuditModule audit() {
    return audit;
  }

  /** Members, inhabitants, regional decisions and the arrangement. */
  public RegionModule region() {
    return region;
  }

  /** Categories, products and their versions, reference tariffs. */
  public CatalogueModule catalogue() {
    return catalogue;
  }

  /** Providers, admission, contracts, lots, client stops, delivery rights. */
  public ContractingModule contracting() {
    return contracting;
  }

  /** Intake to decision, objections, assignments, delivery and waiting times. */
  public IndicationModule indication() {
    return indication;
  }

  /** Claims, settlement, the central payment, recoveries, budgets, allocation and the contribution. */
  public SettlementModule settlement() {
    return settlement;
  }

  /** Signals, calamities, investigations and their measures, the proactive selection. */
  public SupervisionModule supervision() {
    return supervision;
  }

  /** Whom the region knows now (its members, its registered providers): for an adapter that settles identity. */
  public KnownActors knownActors() {
    return known;
  }

  /** The yearly obligations of every contract, and dormant contracts. */
  public ObligationsModule obligations() {
    return obligations;
  }

  /** The client experience survey and the monitoring figures. */
  public MonitoringModule monitoring() {
    return monitoring;
  }

  /**
   * The clock the use cases read "today" from: an adapter that checks a date against today before
   * a use case (an iWmo message's dagtekening) reads the same one.
   */
  public java.time.Clock clock() {
    return clock;
  }
}
