/**
 * The assignment resources: {@code /api/v1/assignments} (issue, read, list, search, extend, change
 * the volume, delete), the provider's delivery reports on them, {@code /api/v1/waiting-times} and
 * {@code /api/v1/waiting-time-norm-breaches}.
 * Routes call the indication subdomain's use cases; request records parse the JSON in strictly,
 * DTO records map the domain out. A BSN travels only in bodies, never in a URL.
 */
package nl.wmokader.adapters.rest.assignment;
