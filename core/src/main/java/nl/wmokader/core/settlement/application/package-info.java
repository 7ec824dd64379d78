/** The settlement application services: scope first, then validation, then the rules, then the save. */
package nl.wmokader.core.settlement.application;
