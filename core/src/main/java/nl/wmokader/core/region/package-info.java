/**
 * The region: its member municipalities (one of them the central municipality that acts for
 * all), and their inhabitants on reference dates. Most upstream subdomain after the shared kernel.
 *
 * <p>{@link nl.wmokader.core.region.RegionModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.region;
