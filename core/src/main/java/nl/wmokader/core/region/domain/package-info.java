/**
 * The region's model: {@link nl.wmokader.core.region.domain.Region} with its
 * {@link nl.wmokader.core.region.domain.Member}s and inhabitant counts, and its governance: the
 * {@link nl.wmokader.core.region.domain.VotingRule} of regional decisions and the
 * {@link nl.wmokader.core.region.domain.RegionalArrangement}'s term. Pure: no logging, no I/O.
 */
package nl.wmokader.core.region.domain;
