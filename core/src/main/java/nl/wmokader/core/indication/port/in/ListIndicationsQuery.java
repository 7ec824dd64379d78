package nl.wmokader.core.indication.port.in;

import nl.wmokader.core.shared.PageRequest;

/** One page of the cases the actor may see, by report date. */
public record ListIndicationsQuery(PageRequest page) {
  public static ListIndicationsQuery first() {
    return new ListIndicationsQuery(PageRequest.first());
  }
}
