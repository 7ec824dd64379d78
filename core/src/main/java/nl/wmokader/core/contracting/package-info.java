/**
 * Contracting: care providers, open-house admission and their contracts for a procurement period,
 * from application to termination, with product lots, tariff periods and indexation, claim moments,
 * waiting-time norms and client stops. It answers which provider may deliver which product on which
 * date at which tariff; see {@code docs/contracting.md}.
 *
 * <p>{@link nl.wmokader.core.contracting.ContractingModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.contracting;
