package nl.wmokader.core.indication.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.PageRequest;

/** One page of the requests the actor sees, narrowed to a status, a provider and a reference when given. */
public record ListAssignmentRequestsQuery(Option<AssignmentRequestStatus> status, Option<AgbCode> provider,
                                          Option<ProviderReference> reference, PageRequest page) {

  public static ListAssignmentRequestsQuery all(PageRequest page) {
    return new ListAssignmentRequestsQuery(Option.none(), Option.none(), Option.none(), page);
  }

  /** This query when every component is given (none, not null, for any). */
  public Either<DomainError, ListAssignmentRequestsQuery> validated() {
    FieldChecks checks = new FieldChecks();
    checks.required("status", status, "give Option.none() for any");
    checks.required("provider", provider, "give Option.none() for any");
    checks.required("reference", reference, "give Option.none() for any");
    checks.required("page", page);
    return checks.result(this);
  }
}
