package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/** One page of the calamities of {@code provider} (every provider's when none), by the day they occurred. */
public record ListCalamitiesQuery(Option<AgbCode> provider, PageRequest page) {}
