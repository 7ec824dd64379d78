/** The catalogue application services: scope first, then validation, then the aggregate's rules, then the save. */
package nl.wmokader.core.catalogue.application;
