/**
 * The supervision resources (toezicht): the signal register ({@code /api/v1/signals}), calamities
 * and the GGD's steps ({@code /api/v1/calamities}), investigations with their steps, findings,
 * outcomes, follow-up and the members informed ({@code /api/v1/investigations}), the overdue
 * improvement points ({@code /api/v1/overdue-improvement-points}) and the yearly proactive
 * selection ({@code /api/v1/proactive-selections}). Routes call the supervision subdomain's use
 * cases; scope is the core's (a provider reports and reads its own calamities and reads its own
 * investigations, anything else answers 404 as if absent). An outcome travels as a JSON object
 * whose {@code type} names its kind; money as integer cents in fields named {@code …Cents}. No
 * client's BSN travels here at all.
 */
package nl.wmokader.adapters.rest.supervision;
