package nl.wmokader.core.indication.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.indication.domain.OverdueKind;
import nl.wmokader.core.shared.PageRequest;

/** One page of the overdue steps the actor may see, optionally of one kind only. */
public record ListOverdueQuery(Option<OverdueKind> kind, PageRequest page) {
  public static ListOverdueQuery all(PageRequest page) {
    return new ListOverdueQuery(Option.none(), page);
  }
}
