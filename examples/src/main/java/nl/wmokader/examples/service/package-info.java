/**
 * The example service: a composition root that reads its configuration from the environment,
 * opens and migrates the database, seeds the demo region on first start, wires the core to the
 * JDBC and REST adapters and serves the API with a health endpoint until it is stopped.
 */
package nl.wmokader.examples.service;
