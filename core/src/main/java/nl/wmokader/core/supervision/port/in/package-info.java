/**
 * Supervision's use cases (driving ports) with their commands and queries: the signal register,
 * calamities and the GGD's steps, investigations with their findings, outcomes and follow-up, and
 * the yearly proactive selection. Open to the region's staff and supervisors; a provider reports
 * its own calamities and reads its own investigations; a member's staff record signals.
 */
package nl.wmokader.core.supervision.port.in;
