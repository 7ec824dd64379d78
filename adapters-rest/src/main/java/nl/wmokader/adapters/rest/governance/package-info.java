/**
 * Regional governance and shared money over HTTP: computing a cost allocation over the members
 * ({@code /api/v1/cost-allocations}), the personal contribution of given households
 * ({@code /api/v1/contribution-calculations}), counting the votes on a regional decision
 * ({@code /api/v1/vote-counts}) and reading the arrangement in force ({@code /api/v1/arrangement}).
 * All four compute over their input and the stores; none stores anything. Household bodies are
 * personal data: they are neither logged nor echoed in problems.
 */
package nl.wmokader.adapters.rest.governance;
