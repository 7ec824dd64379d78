/**
 * Monitoring's application services: the actor first, then the store; the survey reads cases and
 * assignments through indication's use cases as the actor, so indication's scope and audit hold.
 */
package nl.wmokader.core.monitoring.application;
