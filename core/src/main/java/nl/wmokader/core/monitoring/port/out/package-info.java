/** Monitoring's driven port: the survey's invitations and, kept apart from them, its responses. */
package nl.wmokader.core.monitoring.port.out;
