/** The contracting use cases (driving ports) with their commands and queries. */
package nl.wmokader.core.contracting.port.in;
