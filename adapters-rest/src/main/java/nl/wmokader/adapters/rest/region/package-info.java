/**
 * The region resource: {@code /api/v1/region} and its inhabitant counts. Routes call the region's
 * use cases; DTO records map the domain out and request records parse the JSON in, strictly.
 */
package nl.wmokader.adapters.rest.region;
