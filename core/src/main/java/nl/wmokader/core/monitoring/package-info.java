/**
 * Monitoring [DOMAIN §9]: downstream of every other subdomain, which it reads through their use
 * cases; none depends on it. Today it holds the client experience survey: clients are invited after
 * each decision (granted or refused) and each ended support, answer a questionnaire configured as
 * data, and their responses are kept apart from their identity; results by member, age band, care
 * form, product category and occasion never show a cell smaller than the minimum, and free texts
 * only to the region's staff [DOMAIN §10].
 *
 * <p>{@link nl.wmokader.core.monitoring.MonitoringModule} composes the use cases; {@code domain},
 * {@code application}, {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.monitoring;
