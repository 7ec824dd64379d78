package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/**
 * Optional narrowing (all present criteria must hold) and the page to return. Made from raw criteria
 * by {@link #read}; {@link #validated} is the second round the use case applies after access.
 */
public record ListAssignmentsQuery(Option<IndicationId> indication, Option<AgbCode> provider, Option<Bsn> client,
                                   Option<AssignmentStatus> status, PageRequest page) {

  /** The first page of everything the actor may see. */
  public static ListAssignmentsQuery firstPage() {
    return new ListAssignmentsQuery(Option.none(), Option.none(), Option.none(), Option.none(), PageRequest.first());
  }

  public static ListAssignmentsQuery all(PageRequest page) {
    return new ListAssignmentsQuery(Option.none(), Option.none(), Option.none(), Option.none(), page);
  }

  /**
   * The query for the page asked for apart (by a query string's paging) from raw criteria, each
   * optional (null: any): the client's BSN, the indication's UUID, the provider's AGB code, the
   * status; or every malformed one. The criteria are read without the page, so that a caller can
   * report their errors together with the page's.
   */
  public static Either<DomainError, Function<PageRequest, ListAssignmentsQuery>> read(String client, String indication,
                                                                                       String provider,
                                                                                       AssignmentStatus status) {
    FieldChecks check = new FieldChecks();
    Bsn bsn = client == null ? null : check.valid(Bsn.validate("client", client));
    UUID indicationId = indication == null ? null : check.uuid("indication", indication);
    AgbCode agb = provider == null ? null : check.valid(AgbCode.validate("provider", provider));
    return check.resultFrom(() -> page -> new ListAssignmentsQuery(Option.of(indicationId).map(IndicationId::new),
        Option.of(agb), Option.of(bsn), Option.of(status), page));
  }

  /** This query when it names the page and gives every criterion (none, not null, for an absent one). */
  public Either<DomainError, ListAssignmentsQuery> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("page", page);
    checks.check(indication != null && provider != null && client != null && status != null, "filter",
        "required", "give Option.none() for an absent criterion");
    return checks.result(this);
  }
}
