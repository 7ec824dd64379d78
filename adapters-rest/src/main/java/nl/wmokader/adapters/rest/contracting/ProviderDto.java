package nl.wmokader.adapters.rest.contracting;

import nl.wmokader.core.contracting.domain.Provider;

/** A registered care provider; {@code version} is the optimistic-locking version. */
public record ProviderDto(String agbCode, String name, long version) {
  public static ProviderDto from(Provider p) {
    return new ProviderDto(p.agb().value(), p.name(), p.version());
  }
}
