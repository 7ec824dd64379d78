/**
 * Contracting: care providers and their contracts for a procurement period, with product lots,
 * tariffs and client stops. This first slice answers which provider may deliver which product on
 * which date at which tariff; admission, obligations and their yearly evaluation grow here.
 */
package nl.wmokader.core.contracting;
