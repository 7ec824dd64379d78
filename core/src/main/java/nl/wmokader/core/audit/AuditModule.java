package nl.wmokader.core.audit;

import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.audit.application.AuditQueryServices;
import nl.wmokader.core.audit.application.AuditVerificationService;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryUseCase;
import nl.wmokader.core.audit.port.in.QueryAuditTrailUseCase;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.audit.port.in.VerifyAuditTrailUseCase;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.Environment;

/**
 * The audit trail subdomain's use cases, composed from its store: verifying the chains, the
 * privacy officer's search and a client's access history. Upstream of every other module.
 */
public final class AuditModule {

  private final AuditVerificationService verification;
  private final AuditQueryServices queries;
  private final AccessRecorder recorder;

  public AuditModule(AuditTrail trail, Environment environment) {
    this.verification = new AuditVerificationService(trail, environment.access());
    this.queries = new AuditQueryServices(trail, environment.clock(), environment.access());
    this.recorder = new AccessRecorder(trail, environment.clock());
  }

  /** For the other modules: record their accesses to personal data. */
  public RecordAccessUseCase recordAccess() {
    return recorder;
  }

  public VerifyAuditTrailUseCase verifyAuditTrail() {
    return verification;
  }

  public QueryAuditTrailUseCase queryAuditTrail() {
    return queries;
  }

  public ClientAccessHistoryUseCase clientAccessHistory() {
    return queries;
  }
}
