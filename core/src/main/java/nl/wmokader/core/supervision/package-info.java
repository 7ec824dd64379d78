/**
 * Supervision: signals about providers, calamities and violence incidents, investigations of
 * quality and lawfulness with their findings and outcomes, and the proactive selection of
 * providers to investigate. Downstream of settlement: its outcomes act on contracts and
 * settlement through those subdomains' use cases.
 */
package nl.wmokader.core.supervision;
