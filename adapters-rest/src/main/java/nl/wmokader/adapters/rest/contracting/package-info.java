/**
 * The contracting resources: {@code /api/v1/providers}, {@code /api/v1/contracts} with their lots,
 * termination and client stops, and {@code /api/v1/delivery-rights}. Routes call the contracting use
 * cases; DTO records map the domain out (money as integer cents, enums by name) and request records
 * parse the JSON in, strictly, reporting every invalid field.
 */
package nl.wmokader.adapters.rest.contracting;
