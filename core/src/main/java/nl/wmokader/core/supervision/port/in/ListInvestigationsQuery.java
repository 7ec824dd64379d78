package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/** One page of the investigations of {@code provider} (every provider's when none), by opening day. */
public record ListInvestigationsQuery(Option<AgbCode> provider, PageRequest page) {}
