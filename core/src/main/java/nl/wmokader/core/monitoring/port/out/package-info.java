/**
 * Monitoring's driven ports: the survey's invitations and, kept apart from them, its responses; the
 * facts the figures are computed from; and settlement's approved totals, as monitoring reads them.
 */
package nl.wmokader.core.monitoring.port.out;
