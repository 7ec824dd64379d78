/**
 * Test support for the REST adapter: a server on a random port with a real HTTP client, every
 * production resource wired over in-memory adapters, and probe routes for behaviour no production
 * route shows yet (paging, an unexpected fault).
 */
package nl.wmokader.adapters.rest.testing;
