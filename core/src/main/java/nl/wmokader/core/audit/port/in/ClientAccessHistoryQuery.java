package nl.wmokader.core.audit.port.in;

import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.PageRequest;

/** One page of the accesses to {@code client}'s data, newest first. */
public record ClientAccessHistoryQuery(Bsn client, PageRequest page) {}
