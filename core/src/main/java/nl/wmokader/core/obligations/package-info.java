/**
 * Obligations: what every contract obliges a provider to each year (acceptance duty, the 2%
 * transformation, the 5% social return, the quality framework, the reporting duties) and dormant
 * contracts. Downstream of supervision, whose findings and reportable events it weighs, of
 * settlement (turnover) and of indication (activity).
 *
 * <p>{@link nl.wmokader.core.obligations.ObligationsModule} composes the subdomain's use cases from
 * its driven ports, the upstream modules and the shared environment; {@code domain}, {@code
 * application}, {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.obligations;
