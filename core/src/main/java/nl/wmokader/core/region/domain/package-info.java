/**
 * The region's model: {@link nl.wmokader.core.region.domain.Region} with its
 * {@link nl.wmokader.core.region.domain.Member}s and inhabitant counts. Pure: no logging, no I/O.
 */
package nl.wmokader.core.region.domain;
