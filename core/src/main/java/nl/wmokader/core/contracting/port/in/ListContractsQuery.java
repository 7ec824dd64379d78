package nl.wmokader.core.contracting.port.in;

import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.PageRequest;

/** One page of the contracts of {@code provider}, ordered by period start. */
public record ListContractsQuery(AgbCode provider, PageRequest page) {}
