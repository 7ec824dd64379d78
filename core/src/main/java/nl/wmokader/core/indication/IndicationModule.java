package nl.wmokader.core.indication;

import java.time.Clock;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.catalogue.CatalogueModule;
import nl.wmokader.core.contracting.ContractingModule;
import nl.wmokader.core.indication.application.AssignmentRequestServices;
import nl.wmokader.core.indication.application.AssignmentServices;
import nl.wmokader.core.indication.application.DeliveryServices;
import nl.wmokader.core.indication.application.IndicationQueryServices;
import nl.wmokader.core.indication.application.IntakeServices;
import nl.wmokader.core.indication.application.ObjectionServices;
import nl.wmokader.core.indication.application.ProviderActivityService;
import nl.wmokader.core.indication.application.WaitingTimeNormService;
import nl.wmokader.core.indication.application.WaitingTimeService;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.IntakeTerms;
import nl.wmokader.core.indication.port.in.ChangeAssignmentVolumeUseCase;
import nl.wmokader.core.indication.port.in.CheckMemberCasesUseCase;
import nl.wmokader.core.indication.port.in.CompleteAssessmentUseCase;
import nl.wmokader.core.indication.port.in.DecideOnApplicationUseCase;
import nl.wmokader.core.indication.port.in.DecideOnObjectionUseCase;
import nl.wmokader.core.indication.port.in.DeleteAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ExtendAssignmentUseCase;
import nl.wmokader.core.indication.port.in.FileObjectionUseCase;
import nl.wmokader.core.indication.port.in.FindAssignmentsUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentUseCase;
import nl.wmokader.core.indication.port.in.GetIndicationUseCase;
import nl.wmokader.core.indication.port.in.GetProviderActivityUseCase;
import nl.wmokader.core.indication.port.in.IssueAssignmentUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsOverNormUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentsUseCase;
import nl.wmokader.core.indication.port.in.ListIndicationsUseCase;
import nl.wmokader.core.indication.port.in.ListOverdueUseCase;
import nl.wmokader.core.indication.port.in.ListWaitingTimesUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStartUseCase;
import nl.wmokader.core.indication.port.in.ReportDeliveryStopUseCase;
import nl.wmokader.core.indication.port.in.ReportNeedUseCase;
import nl.wmokader.core.indication.port.in.SubmitApplicationUseCase;
import nl.wmokader.core.indication.port.in.ListAssignmentRequestsUseCase;
import nl.wmokader.core.indication.port.in.GetAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.RefuseAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.GrantAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitChangeRequestUseCase;
import nl.wmokader.core.indication.port.in.SubmitAssignmentRequestUseCase;
import nl.wmokader.core.indication.port.out.ApprovedClaims;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.region.RegionModule;
import nl.wmokader.core.shared.Environment;

/**
 * The indication subdomain's use cases, composed from its stores and the upstream modules: intake
 * (report to decision), objections, assignments to providers, delivery and waiting times.
 */
public final class IndicationModule {

  private final IntakeServices intake;
  private final ObjectionServices objections;
  private final IndicationQueryServices indicationQueries;
  private final IntakeDeadlines intakeDeadlines;
  private final AssignmentServices assignments;
  private final DeliveryServices deliveries;
  private final WaitingTimeService waitingTimes;
  private final WaitingTimeNormService waitingTimeNorms;
  private final ProviderActivityService activity;
  private final AssignmentRequestServices requests;

  /**
   * @param approvedClaims whether an assignment has approved claims (it then may not be deleted):
   *     answered by settlement, downstream, through indication's own port
   * @param records where every read and change of a case or an assignment is recorded (the audit trail)
   * @param requests where providers' requests for and to change assignments (iWmo 315/317) are kept
   */
  public IndicationModule(IndicationRepository indications, AssignmentRepository assignments,
                          AssignmentRequestRepository requests, RegionModule region,
                          CatalogueModule catalogue, ContractingModule contracting, ApprovedClaims approvedClaims,
                          IntakeTerms intakeTerms, RecordAccessUseCase records, Environment environment) {
    Clock clock = environment.clock();
    this.intakeDeadlines = new IntakeDeadlines(intakeTerms, environment.calendar());
    this.intake = new IntakeServices(indications, region.getRegion(), catalogue.findProduct(), environment.ids(), clock,
        intakeDeadlines, environment.access(), records);
    this.objections = new ObjectionServices(indications, clock, intakeDeadlines, environment.access(), records);
    this.indicationQueries = new IndicationQueryServices(indications, clock, intakeDeadlines, environment.access(), records);
    this.assignments = new AssignmentServices(assignments, indications, contracting.findDeliveryRight(),
        contracting.findCategoryRight(), approvedClaims,
        clock, environment.ids(), environment.access(), records);
    this.deliveries = new DeliveryServices(assignments, clock, environment.access(), records);
    this.waitingTimes = new WaitingTimeService(assignments, environment.access());
    this.waitingTimeNorms = new WaitingTimeNormService(assignments, contracting.listContracts(), clock, environment.access());
    this.activity = new ProviderActivityService(assignments, environment.access());
    this.requests = new AssignmentRequestServices(requests, assignments, indications,
        new AssignmentRequestServices.AssignmentDoors(this.assignments, this.assignments, this.assignments),
        contracting.findDeliveryRight(), contracting.findCategoryRight(), region.checkMembership(), clock,
        environment.ids(), environment.access(), records);
  }

  // indication: intake, decisions, objections

  public ReportNeedUseCase reportNeed() {
    return intake;
  }

  public CompleteAssessmentUseCase completeAssessment() {
    return intake;
  }

  public SubmitApplicationUseCase submitApplication() {
    return intake;
  }

  public DecideOnApplicationUseCase decideOnApplication() {
    return intake;
  }

  public FileObjectionUseCase fileObjection() {
    return objections;
  }

  public DecideOnObjectionUseCase decideOnObjection() {
    return objections;
  }

  public GetIndicationUseCase getIndication() {
    return indicationQueries;
  }

  public CheckMemberCasesUseCase checkMemberCases() {
    return indicationQueries;
  }

  public ListIndicationsUseCase listIndications() {
    return indicationQueries;
  }

  public ListOverdueUseCase listOverdue() {
    return indicationQueries;
  }

  /** The due dates of intake and objection steps, under this facade's terms and calendar. */
  public IntakeDeadlines intakeDeadlines() {
    return intakeDeadlines;
  }
  // indication: assignments and delivery

  public IssueAssignmentUseCase issueAssignment() {
    return assignments;
  }

  public ExtendAssignmentUseCase extendAssignment() {
    return assignments;
  }

  public ChangeAssignmentVolumeUseCase changeAssignmentVolume() {
    return assignments;
  }

  public DeleteAssignmentUseCase deleteAssignment() {
    return assignments;
  }

  public GetAssignmentUseCase getAssignment() {
    return assignments;
  }

  public ListAssignmentsUseCase listAssignments() {
    return assignments;
  }

  public ReportDeliveryStartUseCase reportDeliveryStart() {
    return deliveries;
  }

  public ReportDeliveryStopUseCase reportDeliveryStop() {
    return deliveries;
  }

  public ListWaitingTimesUseCase listWaitingTimes() {
    return waitingTimes;
  }

  public ListAssignmentsOverNormUseCase listAssignmentsOverNorm() {
    return waitingTimeNorms;
  }

  public GetProviderActivityUseCase getProviderActivity() {
    return activity;
  }

  public FindAssignmentsUseCase findAssignments() {
    return assignments;
  }

  // indication: providers' requests (iWmo 315/317) and their answers

  public SubmitAssignmentRequestUseCase submitAssignmentRequest() {
    return requests;
  }

  public SubmitChangeRequestUseCase submitChangeRequest() {
    return requests;
  }

  public GrantAssignmentRequestUseCase grantAssignmentRequest() {
    return requests;
  }

  public RefuseAssignmentRequestUseCase refuseAssignmentRequest() {
    return requests;
  }

  public GetAssignmentRequestUseCase getAssignmentRequest() {
    return requests;
  }

  public ListAssignmentRequestsUseCase listAssignmentRequests() {
    return requests;
  }
}
