/** The region's application services: scope first, then validation, then the aggregate, then the save. */
package nl.wmokader.core.region.application;
