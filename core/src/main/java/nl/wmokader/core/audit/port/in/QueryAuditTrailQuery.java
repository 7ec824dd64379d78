package nl.wmokader.core.audit.port.in;

import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.shared.PageRequest;

/** One page of the entries {@code search} matches, newest first. */
public record QueryAuditTrailQuery(AuditSearch search, PageRequest page) {}
