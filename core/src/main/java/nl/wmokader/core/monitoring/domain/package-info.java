/**
 * The client experience survey's model: the questionnaire as data ({@link
 * nl.wmokader.core.monitoring.domain.Questionnaire}), the invitations that follow decisions and ended
 * supports ({@link nl.wmokader.core.monitoring.domain.Occasions}), responses kept apart from the
 * client's identity, and the results with small cells suppressed ({@link
 * nl.wmokader.core.monitoring.domain.SurveyResults}). Pure: no logging, no I/O, no clock.
 */
package nl.wmokader.core.monitoring.domain;
