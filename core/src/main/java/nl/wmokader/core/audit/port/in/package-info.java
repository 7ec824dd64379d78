/**
 * The audit trail's use cases (driving ports): verifying the chains of a period (the region and
 * supervisors), the privacy officer's search (the region) and a client's access history, "who
 * looked at my data" (the region, and a member's staff for clients it has served itself).
 */
package nl.wmokader.core.audit.port.in;
