package nl.wmokader.adapters.rest.audit;

import java.util.List;
import nl.wmokader.core.audit.domain.AuditVerification;

/** What a verification checked and every breach found (chain, number and kind: never content). */
public record AuditVerificationDto(String from, String until, long chains, long entries, boolean clean,
                                   List<Breach> breaches) {

  /** One breach. */
  public record Breach(String chain, long seq, String kind) {}

  static AuditVerificationDto from(AuditVerification v) {
    return new AuditVerificationDto(v.period().start().toString(), v.period().end().map(Object::toString).getOrNull(),
        v.chains(), v.entries(), v.clean(),
        v.breaches().map(b -> new Breach(b.chain().value(), b.seq(), b.kind().name())).toJavaList());
  }
}
