/**
 * The product catalogue: the iWmo product categories, the region's product codes with units,
 * execution variants and versions valid over dates, reference tariffs, and member-local products.
 * Upstream of contracting and indication, which refer to products by code and date.
 *
 * <p>{@link nl.wmokader.core.catalogue.CatalogueModule} composes the subdomain's use cases from its driven
 * ports, the upstream modules and the shared environment; {@code domain}, {@code application},
 * {@code port.in} and {@code port.out} hold the rest.
 */
package nl.wmokader.core.catalogue;
