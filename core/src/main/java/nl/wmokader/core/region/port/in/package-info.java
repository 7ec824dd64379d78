/** The region's use cases (driving ports) and their commands. */
package nl.wmokader.core.region.port.in;
