/**
 * The settlement resources: {@code /api/v1/claims} (a provider submits a claim, iWmo 323, and
 * gets its answer, iWmo 325, at once; reading and listing), the settlement of a member per claim
 * month ({@code /api/v1/settlements}), the central payment of a month
 * ({@code /api/v1/central-payments}), recoveries ({@code /api/v1/recoveries}) and budgets with
 * their status ({@code /api/v1/budgets}), and the computations over shared money: a cost allocation
 * over the members ({@code /api/v1/cost-allocations}) and the personal contribution of given
 * households ({@code /api/v1/contribution-calculations}), which store nothing.
 * Routes call the settlement subdomain's use cases; request records parse the JSON in strictly,
 * DTO records map the domain out, money as integer cents in fields named {@code …Cents}, months
 * as {@code YYYY-MM}. A client's BSN travels only in a claim line's body, never in a URL.
 */
package nl.wmokader.adapters.rest.settlement;
