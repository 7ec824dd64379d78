/** The obligations use cases and their commands and queries. */
package nl.wmokader.core.obligations.port.in;
