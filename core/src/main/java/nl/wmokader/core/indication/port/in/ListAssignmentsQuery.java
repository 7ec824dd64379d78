package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.PageRequest;

/** Optional narrowing (all present criteria must hold) and the page to return. */
public record ListAssignmentsQuery(Option<IndicationId> indication, Option<AgbCode> provider, Option<Bsn> client,
                                   Option<AssignmentStatus> status, PageRequest page) {

  /** The first page of everything the actor may see. */
  public static ListAssignmentsQuery firstPage() {
    return new ListAssignmentsQuery(Option.none(), Option.none(), Option.none(), Option.none(), PageRequest.first());
  }

  public static ListAssignmentsQuery all(PageRequest page) {
    return new ListAssignmentsQuery(Option.none(), Option.none(), Option.none(), Option.none(), page);
  }
}
