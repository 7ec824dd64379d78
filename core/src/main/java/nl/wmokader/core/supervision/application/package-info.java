/**
 * Supervision's application services: they check the actor and every field at once, load and
 * store the aggregates through the driven ports, take "today" from the clock, and let outcomes act
 * on contracting and settlement through those subdomains' own use cases, never their stores.
 */
package nl.wmokader.core.supervision.application;
