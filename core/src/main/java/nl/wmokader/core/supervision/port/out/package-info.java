/** Supervision's driven ports: where signals, calamities and investigations are stored. */
package nl.wmokader.core.supervision.port.out;
