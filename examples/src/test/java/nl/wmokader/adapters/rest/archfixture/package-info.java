/**
 * Deliberate violator for the architecture self-check in examples (test code only): a REST
 * adapter class that opens a JDBC connection.
 */
package nl.wmokader.adapters.rest.archfixture;
