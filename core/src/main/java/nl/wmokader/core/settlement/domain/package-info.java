/** The settlement model: allocation of shared costs, the personal contribution and (later) claims. Pure: no logging, no I/O. */
package nl.wmokader.core.settlement.domain;
