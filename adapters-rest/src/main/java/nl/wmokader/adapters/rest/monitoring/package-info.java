/**
 * Monitoring's resources: the figures (use, cost, flows, durations, waiting times, members per
 * 1,000 inhabitants), the client experience survey (the questionnaire, invitations after a decision
 * or an ended support, answers kept apart from the client, results by breakdown with small cells
 * suppressed, free texts for the region's staff), each table also as CSV for the region's analysts;
 * and the change stream that tells an open dashboard the figures may have changed ({@link
 * nl.wmokader.adapters.rest.monitoring.ChangeFeed}).
 */
package nl.wmokader.adapters.rest.monitoring;
