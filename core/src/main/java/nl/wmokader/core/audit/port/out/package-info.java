/** The audit trail's driven port: where the chained entries are appended and read back. */
package nl.wmokader.core.audit.port.out;
