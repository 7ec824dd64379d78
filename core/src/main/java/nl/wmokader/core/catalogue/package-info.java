/**
 * The product catalogue: the iWmo product categories, the region's product codes with units,
 * execution variants and versions valid over dates, reference tariffs, and member-local products.
 * Upstream of contracting and indication, which refer to products by code and date.
 */
package nl.wmokader.core.catalogue;
