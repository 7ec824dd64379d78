/** The indication model: aggregates, value objects and the subdomain's errors. Pure: no logging, no I/O. */
package nl.wmokader.core.indication.domain;
