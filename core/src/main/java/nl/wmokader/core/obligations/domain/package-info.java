/** The obligations model: evaluations, refusals, spending reports, quality declarations, dormant contracts and their errors. Pure: no logging, no I/O. */
package nl.wmokader.core.obligations.domain;
