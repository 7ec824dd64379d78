package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/** One page of the assignments over their waiting-time norm, optionally of one provider only. */
public record ListAssignmentsOverNormQuery(Option<AgbCode> provider, PageRequest page) {
  public static ListAssignmentsOverNormQuery all(PageRequest page) {
    return new ListAssignmentsOverNormQuery(Option.none(), page);
  }
}
