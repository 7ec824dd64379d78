/**
 * The region's resources: {@code /api/v1/region} and its inhabitant counts, counting the votes on a
 * regional decision ({@code /api/v1/vote-counts}) and the arrangement in force ({@code
 * /api/v1/arrangement}). Routes call the region's use cases; DTO records map the domain out and
 * request records parse the JSON in, strictly.
 */
package nl.wmokader.adapters.rest.region;
