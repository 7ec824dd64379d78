/** The settlement use cases (driving ports) with their commands and queries. */
package nl.wmokader.core.settlement.port.in;
