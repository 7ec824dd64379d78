/**
 * Supervision: signals about providers, calamities and violence incidents, investigations of
 * quality and lawfulness with their findings and outcomes, and the proactive selection of
 * providers to investigate. Downstream of settlement: its outcomes act on contracts and
 * settlement through those subdomains' use cases.
 *
 * <p>{@link nl.wmokader.core.supervision.SupervisionModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.supervision;
