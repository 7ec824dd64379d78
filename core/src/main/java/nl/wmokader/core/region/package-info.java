/**
 * The region: its member municipalities (one of them the central municipality that acts for
 * all), and their inhabitants on reference dates. Most upstream subdomain after the shared kernel.
 */
package nl.wmokader.core.region;
