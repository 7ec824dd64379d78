/**
 * The intake resources: cases ({@code /api/v1/indications}) from report or application to decision
 * and objection, and the overdue intake steps ({@code /api/v1/overdue-items}). Every case shows the
 * due dates of its terms. Request records parse the JSON strictly; the use cases check the rules.
 */
package nl.wmokader.adapters.rest.indication;
