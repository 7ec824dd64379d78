/**
 * Who makes a request: the REST adapter's authentication. An {@link
 * nl.wmokader.adapters.rest.identity.Authentication} turns a request's credentials into the core's
 * {@link nl.wmokader.core.shared.Actor} (the party, and the person acting for it) or refuses them
 * with a problem: bearer tokens of an OpenID Connect provider in production ({@link
 * nl.wmokader.adapters.rest.identity.BearerTokens}), the {@code Wmo-Actor} header only as an
 * explicit development mode ({@link nl.wmokader.adapters.rest.identity.DevelopmentHeader}). What a
 * party may do is the core's business, not this package's: it only settles who asks.
 */
package nl.wmokader.adapters.rest.identity;
