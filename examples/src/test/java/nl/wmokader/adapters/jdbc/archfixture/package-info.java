/**
 * Deliberate violators for the architecture self-check in examples (test code only): a JDBC
 * adapter class that uses the REST adapter and one that uses Jackson.
 */
package nl.wmokader.adapters.jdbc.archfixture;
