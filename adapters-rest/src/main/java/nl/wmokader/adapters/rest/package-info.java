/**
 * The HTTP/JSON face of the use cases (Javalin 7, Jackson 2), following the Dutch government's API
 * Design Rules. {@link nl.wmokader.adapters.rest.WmoRestApi} registers the API on an embedder's own
 * Javalin config; each resource is a small {@link nl.wmokader.adapters.rest.ApiRoutes} class; every
 * error leaves as an RFC 9457 {@code application/problem+json} document. The iWmo XML messages
 * (a 323 in, its 325 out) are in {@link nl.wmokader.adapters.rest.iwmo}.
 */
package nl.wmokader.adapters.rest;
