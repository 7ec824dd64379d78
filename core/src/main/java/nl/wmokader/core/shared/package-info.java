/**
 * The shared kernel: value types every subdomain speaks (money in cents, inclusive date ranges,
 * BSN, CBS municipality codes, AGB codes), the acting party, the error vocabulary and the
 * working-day calendar of the General Time Limits Act. Tiny and free of business rules of any
 * one subdomain; everything else in the core may depend on it.
 */
package nl.wmokader.core.shared;
