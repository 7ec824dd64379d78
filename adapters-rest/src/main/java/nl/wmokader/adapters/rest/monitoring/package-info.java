/**
 * Monitoring's resources: the client experience survey (the questionnaire, invitations after a
 * decision or an ended support, answers kept apart from the client, results by breakdown with
 * small cells suppressed, free texts for the region's staff), each table also as CSV for the
 * region's analysts.
 */
package nl.wmokader.adapters.rest.monitoring;
