/** Tests of the example service: configuration, start and seeding over real HTTP and a file database, the stop. */
package nl.wmokader.examples.service;
