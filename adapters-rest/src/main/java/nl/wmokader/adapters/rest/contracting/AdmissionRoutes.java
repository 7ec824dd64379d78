package nl.wmokader.adapters.rest.contracting;

import static java.util.Objects.requireNonNull;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.command;
import static nl.wmokader.adapters.rest.contracting.ContractRoutes.contractId;

import nl.wmokader.adapters.rest.ApiRouter;
import nl.wmokader.adapters.rest.ApiRoutes;
import nl.wmokader.core.contracting.port.in.AdmitApplicationCommand;
import nl.wmokader.core.contracting.port.in.AdmitApplicationUseCase;
import nl.wmokader.core.contracting.port.in.ApplyForAdmissionUseCase;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsQuery;
import nl.wmokader.core.contracting.port.in.ListEvidenceAlertsUseCase;
import nl.wmokader.core.contracting.port.in.SubmitEvidenceUseCase;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.FieldChecks;

/**
 * Open-house admission: a provider's {@code admission-applications} (a new contract in status
 * APPLIED), the {@code evidence} for its checklist, the region's {@code admission}, and a provider's
 * {@code evidence-alerts} (missing, expired and expiring evidence).
 */
public final class AdmissionRoutes implements ApiRoutes {
  /** How far ahead {@code evidence-alerts} looks unless asked otherwise. */
  static final int DEFAULT_WITHIN_DAYS = 30;

  private final ApplyForAdmissionUseCase apply;
  private final SubmitEvidenceUseCase submitEvidence;
  private final AdmitApplicationUseCase admit;
  private final ListEvidenceAlertsUseCase evidenceAlerts;

  public AdmissionRoutes(ApplyForAdmissionUseCase apply, SubmitEvidenceUseCase submitEvidence, AdmitApplicationUseCase admit,
      ListEvidenceAlertsUseCase evidenceAlerts) {
    this.apply = requireNonNull(apply, "apply");
    this.submitEvidence = requireNonNull(submitEvidence, "submitEvidence");
    this.admit = requireNonNull(admit, "admit");
    this.evidenceAlerts = requireNonNull(evidenceAlerts, "evidenceAlerts");
  }

  @Override
  public void register(ApiRouter router) {
    router.post("/providers/{agbCode}/admission-applications", call -> call.created(ProviderRoutes.agbCode(call)
        .flatMap(agb -> call.command(AdmissionApplicationRequest.class).map(partial -> partial.apply(agb)))
        .flatMap(command -> apply.applyForAdmission(call.actor(), command))
        .map(ContractDto::from), contract -> "/contracts/" + contract.id()));

    router.post("/contracts/{contractId}/evidence", call -> call.respond(command(call, EvidenceRequest.class)
        .flatMap(command -> submitEvidence.submitEvidence(call.actor(), command))
        .map(ContractDto::from)));

    router.post("/contracts/{contractId}/admission", call -> call.respond(contractId(call)
        .flatMap(id -> admit.admitApplication(call.actor(), new AdmitApplicationCommand(id)))
        .map(ContractDto::from)));

    router.get("/providers/{agbCode}/evidence-alerts", call -> {
      FieldChecks check = new FieldChecks();
      AgbCode agb = check.valid(AgbCode.validate("agbCode", call.pathParam("agbCode")));
      Integer within = withinDays(check, call.query("withinDays").getOrNull());
      call.respond(check.resultFrom(() -> new ListEvidenceAlertsQuery(agb, within))
          .flatMap(query -> evidenceAlerts.listEvidenceAlerts(call.actor(), query))
          .map(alerts -> alerts.map(EvidenceAlertDto::from).toJavaList()));
    });
  }

  private static Integer withinDays(FieldChecks check, String raw) {
    if (raw == null) {
      return DEFAULT_WITHIN_DAYS;
    }
    if (!raw.matches("[0-9]{1,3}") || Integer.parseInt(raw) > ListEvidenceAlertsQuery.MAX_WITHIN_DAYS) {
      check.add("withinDays", "out_of_range", "must be a whole number of days, 0.." + ListEvidenceAlertsQuery.MAX_WITHIN_DAYS);
      return null;
    }
    return Integer.parseInt(raw);
  }
}
