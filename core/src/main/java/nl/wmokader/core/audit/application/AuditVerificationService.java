package nl.wmokader.core.audit.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import nl.wmokader.core.audit.domain.AuditBreach;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditVerification;
import nl.wmokader.core.audit.domain.ChainCheck;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.port.in.VerifyAuditTrailUseCase;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Commands;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;

/**
 * Verifies the chains of a period, one chain at a time and each page by page, so that a day of a
 * busy provider's claims is never held at once. Not recorded in the trail: it shows no personal data.
 */
public final class AuditVerificationService implements VerifyAuditTrailUseCase {

  /** Entries read per page of a chain. */
  static final int PAGE = 1_000;

  private final AuditTrail trail;
  private final AccessPolicy access;

  public AuditVerificationService(AuditTrail trail, AccessPolicy access) {
    this.trail = requireNonNull(trail, "trail");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public Either<DomainError, AuditVerification> verifyAuditTrail(Actor actor, DateRange period) {
    return access.require(actor, "verify the audit trail", Actor.Role.REGION, Actor.Role.SUPERVISOR)
        .flatMap(a -> Commands.checked("period", period, Either::right))
        .map(this::verify);
  }

  private AuditVerification verify(DateRange period) {
    Seq<ChainHead> heads = trail.chains(period);
    List<AuditBreach> breaches = List.empty();
    long entries = 0;
    for (ChainHead head : heads) {
      ChainCheck check = new ChainCheck(head.chain());
      long from = 1;
      while (true) {
        Seq<AuditEntry> page = trail.chain(head.chain(), from, PAGE);
        page.forEach(check::accept);
        if (page.size() < PAGE) {
          break;
        }
        from = page.last().seq() + 1;
      }
      breaches = breaches.appendAll(check.finish(head));
      entries += check.checked();
    }
    return new AuditVerification(period, heads.size(), entries, breaches);
  }
}
