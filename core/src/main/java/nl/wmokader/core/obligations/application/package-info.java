/** The obligations services: they implement the use cases, reading providers and contracts through contracting's use cases. */
package nl.wmokader.core.obligations.application;
