/**
 * The audit trail's application services: the role check first, then the trail; every read of the
 * trail that shows a client's entries is itself recorded in it, allowed or refused.
 */
package nl.wmokader.core.audit.application;
