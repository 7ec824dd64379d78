package nl.wmokader.adapters.rest.identity;

import static java.util.Objects.requireNonNull;

/**
 * Which claims of a token name the actor. Each is a claim name, or a dotted path into nested
 * objects (e.g. {@code realm_access.roles} for Keycloak). The role claim holds one of {@code
 * region}, {@code supervisor}, {@code analyst}, {@code municipality}, {@code provider}, as a string or as an array
 * that contains exactly one of them (other values in it are ignored: identity providers put many
 * roles in one claim); a municipality's token names its CBS code (four digits), a provider's its
 * AGB code (eight digits). The person is the {@code person} claim ({@code sub} by default), which
 * every token must carry: the audit trail records who acted.
 *
 * @param role the claim with the role
 * @param municipality the claim with a municipality's CBS code
 * @param provider the claim with a provider's AGB code
 * @param person the claim naming the person (or client) acting
 */
public record ClaimMapping(String role, String municipality, String provider, String person) {

  public ClaimMapping {
    requireNonNull(role, "role");
    requireNonNull(municipality, "municipality");
    requireNonNull(provider, "provider");
    requireNonNull(person, "person");
    for (String path : new String[] {role, municipality, provider, person}) {
      if (!path.matches("[A-Za-z0-9_:\\-]+(\\.[A-Za-z0-9_:\\-]+)*")) {
        throw new IllegalArgumentException("not a claim name or dotted path: " + path);
      }
    }
  }

  /** {@code wmo_role}, {@code wmo_municipality}, {@code wmo_provider} and {@code sub}. */
  public static ClaimMapping defaults() {
    return new ClaimMapping("wmo_role", "wmo_municipality", "wmo_provider", "sub");
  }
}
