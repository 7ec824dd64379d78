/**
 * Monitoring's use cases (driving ports): inviting a client after a decision or an ended support,
 * recording the answers, the results by breakdown (the region, members and analysts) and the free
 * texts (the region only).
 */
package nl.wmokader.core.monitoring.port.in;
