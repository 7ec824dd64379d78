/**
 * Contracting: care providers, open-house admission and their contracts for a procurement period,
 * from application to termination, with product lots, tariff periods and indexation, claim moments,
 * waiting-time norms and client stops. It answers which provider may deliver which product on which
 * date at which tariff; see {@code docs/contracting.md}.
 */
package nl.wmokader.core.contracting;
