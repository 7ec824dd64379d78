package nl.wmokader.core.supervision.port.in;

import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/** One page of the signals about {@code provider} (every provider's when none), by receipt. */
public record ListSignalsQuery(Option<AgbCode> provider, PageRequest page) {}
