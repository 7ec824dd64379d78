/** The contracting model: aggregates, value objects and the subdomain's errors. Pure: no logging, no I/O. */
package nl.wmokader.core.contracting.domain;
