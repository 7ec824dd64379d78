/**
 * Supervision's application services. Outcomes act on the rest of the domain through the other
 * subdomains' use cases (a client stop, suspension or termination through contracting's, a
 * recovery through settlement's), never through their stores.
 */
package nl.wmokader.core.supervision.application;
