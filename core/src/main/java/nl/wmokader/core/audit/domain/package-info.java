/**
 * The audit trail's model: what a caller records ({@link nl.wmokader.core.audit.domain.AuditRecord}),
 * the stored, chained {@link nl.wmokader.core.audit.domain.AuditEntry}, the chain it belongs to
 * ({@link nl.wmokader.core.audit.domain.ChainKey}), the hash that links it
 * ({@link nl.wmokader.core.audit.domain.AuditHash}) and the check of a chain
 * ({@link nl.wmokader.core.audit.domain.ChainCheck}). Pure: no logging, no I/O, no clock.
 */
package nl.wmokader.core.audit.domain;
