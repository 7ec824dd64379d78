/** The catalogue use cases (driving ports) with their commands and queries. */
package nl.wmokader.core.catalogue.port.in;
