package nl.wmokader.core.obligations.port.in;

import nl.wmokader.core.shared.PageRequest;

/** One page of the dormant contracts, ordered by provider, then period start, then contract id. */
public record ListDormantContractsQuery(PageRequest page) {}
