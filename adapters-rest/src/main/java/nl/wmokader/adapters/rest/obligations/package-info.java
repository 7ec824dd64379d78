/**
 * The obligation resources: a provider's refusals, spending reports and quality-framework
 * declarations under {@code /api/v1/providers/{agbCode}/...}, its yearly obligation evaluations, and
 * {@code /api/v1/dormant-contracts}. Routes call the obligation use cases; money leaves as integer
 * cents named {@code *Cents}, shares as basis points, enums by name.
 */
package nl.wmokader.adapters.rest.obligations;
