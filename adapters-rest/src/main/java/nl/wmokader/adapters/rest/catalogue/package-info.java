/**
 * The catalogue resource: {@code /api/v1/products}, their versions over time and reference tariffs.
 * Routes call the catalogue's use cases; DTO records map the domain out (money as integer cents,
 * enums by name) and request records parse the JSON in, strictly, reporting every invalid field.
 */
package nl.wmokader.adapters.rest.catalogue;
