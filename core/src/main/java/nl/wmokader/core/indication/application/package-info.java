/** The indication application services: scope first, then validation, then the aggregate's rules, then the save. */
package nl.wmokader.core.indication.application;
