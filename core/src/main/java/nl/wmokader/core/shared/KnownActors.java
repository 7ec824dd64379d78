package nl.wmokader.core.shared;

/**
 * Whom the region knows: its member municipalities and its registered providers. The standard
 * access policy lets a municipality's or a provider's staff act only while it is known, whatever
 * identity an adapter settled on.
 */
public interface KnownActors {

  /** Whether {@code municipality} is a member of the region. */
  boolean isMember(MunicipalityCode municipality);

  /** Whether {@code provider} is registered with the region. */
  boolean isRegistered(AgbCode provider);
}
