/**
 * Deliberate violator for the architecture self-check in examples (test code only): a domain
 * class that depends on an adapter.
 */
package nl.wmokader.core.region.domain.archfixture;
