package nl.wmokader.core.indication.application;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.OverdueItem;
import nl.wmokader.core.indication.domain.OverdueKind;
import nl.wmokader.core.indication.port.in.CheckMemberCasesUseCase;
import nl.wmokader.core.indication.port.in.GetIndicationUseCase;
import nl.wmokader.core.indication.port.in.ListIndicationsQuery;
import nl.wmokader.core.indication.port.in.ListIndicationsUseCase;
import nl.wmokader.core.indication.port.in.ListOverdueQuery;
import nl.wmokader.core.indication.port.in.ListOverdueUseCase;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** Reading cases within the actor's view: one, a page, and the overdue steps of today. */
public final class IndicationQueryServices
    implements GetIndicationUseCase, ListIndicationsUseCase, ListOverdueUseCase, CheckMemberCasesUseCase {

  /** Most urgent first; ties by report date and case, then by step. */
  private static final Comparator<OverdueItem> OVERDUE_ORDER = Comparator.comparing(OverdueItem::due)
      .thenComparing(o -> o.indication().reportedOn())
      .thenComparing(o -> o.indication().id().value().toString())
      .thenComparing(OverdueItem::kind);

  private final IndicationRepository indications;
  private final Clock clock;
  private final IntakeDeadlines deadlines;
  private final AccessPolicy access;
  private final RecordAccessUseCase records;

  public IndicationQueryServices(IndicationRepository indications, Clock clock, IntakeDeadlines deadlines, AccessPolicy access, RecordAccessUseCase records) {
    this.access = requireNonNull(access, "access");
    this.records = requireNonNull(records, "records");
    this.indications = requireNonNull(indications, "indications");
    this.clock = requireNonNull(clock, "clock");
    this.deadlines = requireNonNull(deadlines, "deadlines");
  }

  @Override
  public boolean hasCases(MunicipalityCode municipality) {
    return indications.findVisibleTo(Option.some(municipality), new PageRequest(0, 1)).total() > 0;
  }

  @Override
  public Either<DomainError, Indication> getIndication(Actor actor, IndicationId id) {
    return Cases.requireStaff(access, actor, "read cases")
        .flatMap(ok -> id == null
            ? Either.left(InvalidInput.of("indication", "required", "is required"))
            : Cases.loadVisible(access, records, indications, actor, id, AuditAction.READ))
        .peek(i -> CaseAudit.recorded(records, actor, AuditAction.READ, i))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, CaseAudit.INDICATION, id == null ? null : id.value(), e));
  }

  @Override
  public Either<DomainError, Page<Indication>> listIndications(Actor actor, ListIndicationsQuery query) {
    return Cases.requireStaff(access, actor, "list cases")
        .flatMap(ok -> query == null || query.page() == null
            ? Either.left(InvalidInput.of("page", "required", "is required"))
            : Either.right(indications.findVisibleTo(Cases.scope(actor), query.page())))
        .peek(page -> CaseAudit.indicationsRead(records, actor, page.items()))
        .peekLeft(e -> CaseAudit.refusal(records, actor, AuditAction.READ, CaseAudit.INDICATION, null, e));
  }

  @Override
  public Either<DomainError, Page<OverdueItem>> listOverdue(Actor actor, ListOverdueQuery query) {
    return Cases.requireStaff(access, actor, "list overdue cases")
        .flatMap(ok -> {
          FieldChecks fields = new FieldChecks();
          fields.required("page", query == null ? null : query.page());
          fields.required("kind", query == null ? null : query.kind());
          return fields.result(query);
        })
        .map(q -> {
          LocalDate today = LocalDate.now(clock);
          Option<OverdueKind> kind = q.kind();
          Seq<OverdueItem> overdue = indications.findOpen(Cases.scope(actor))
              .filter(i -> Cases.sees(access, actor, i))
              .flatMap(i -> deadlines.overdueOn(i, today))
              .filter(item -> kind.forAll(k -> k == item.kind()))
              .sorted(OVERDUE_ORDER);
          return Page.of(overdue, q.page());
        })
        .peek(page -> CaseAudit.indicationsRead(records, actor, page.items().map(OverdueItem::indication).distinct()));
  }
}
