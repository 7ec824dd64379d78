/**
 * The audit trail (NEN 7513): every read and every change of personal data, recorded with when,
 * who (role, organisation, person), which client, what and the outcome, append-only and chained by
 * hashes so that an altered, removed or inserted entry shows. Upstream of every subdomain but the
 * shared kernel, so that each may record into it; the region's privacy officer queries it, a client
 * learns who looked at their data (AVG art. 15), and the region or a supervisor verifies it.
 *
 * <p>{@link nl.wmokader.core.audit.AuditModule} composes the subdomain's use cases from its driven
 * port and the shared environment; {@code domain}, {@code application}, {@code port.in} and
 * {@code port.out} hold the rest.
 */
package nl.wmokader.core.audit;
