/**
 * The contracting resources: {@code /api/v1/providers} (with admission applications and evidence
 * alerts), {@code /api/v1/contracts} with their admission, lifecycle, lots, tariffs, claim moments,
 * waiting-time norm and client stops, and {@code /api/v1/delivery-rights}. Routes call the
 * contracting use cases; DTO records map the domain out (money as integer cents, enums by name) and
 * request records parse the JSON in, strictly, reporting every invalid field.
 */
package nl.wmokader.adapters.rest.contracting;
