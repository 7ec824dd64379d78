/** The indication use cases (driving ports) with their commands and queries. */
package nl.wmokader.core.indication.port.in;
