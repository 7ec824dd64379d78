package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * The party on whose behalf a use case runs; every use case takes it first and checks scope
 * before anything else. Authentication is the embedder's: the core trusts the actor it is given.
 */
public sealed interface Actor {

  /** The role, for exhaustive switches. */
  Role role();

  /** The member municipality a municipality's staff act for. */
  default Option<MunicipalityCode> municipality() {
    return Option.none();
  }

  /** The provider a provider's staff act for. */
  default Option<AgbCode> provider() {
    return Option.none();
  }

  enum Role {
    /** The central municipality's regional staff, acting for the whole region. */
    REGION,
    /** Staff of one member municipality. */
    MUNICIPALITY,
    /** Staff of one care provider. */
    PROVIDER,
    /** Supervisors of quality and lawfulness (the region's or the GGD's). */
    SUPERVISOR
  }

  static Actor region() {
    return RegionStaff.INSTANCE;
  }

  static Actor municipality(MunicipalityCode code) {
    return new MunicipalityStaff(code);
  }

  static Actor provider(AgbCode agb) {
    return new ProviderStaff(agb);
  }

  static Actor supervisor() {
    return Supervisor.INSTANCE;
  }

  /** See {@link Role#REGION}. */
  record RegionStaff() implements Actor {
    static final RegionStaff INSTANCE = new RegionStaff();

    @Override
    public Role role() {
      return Role.REGION;
    }
  }

  /** See {@link Role#MUNICIPALITY}. */
  record MunicipalityStaff(MunicipalityCode code) implements Actor {
    public MunicipalityStaff {
      requireNonNull(code, "code");
    }

    @Override
    public Role role() {
      return Role.MUNICIPALITY;
    }

    @Override
    public Option<MunicipalityCode> municipality() {
      return Option.some(code);
    }
  }

  /** See {@link Role#PROVIDER}. */
  record ProviderStaff(AgbCode agb) implements Actor {
    public ProviderStaff {
      requireNonNull(agb, "agb");
    }

    @Override
    public Role role() {
      return Role.PROVIDER;
    }

    @Override
    public Option<AgbCode> provider() {
      return Option.some(agb);
    }
  }

  /** See {@link Role#SUPERVISOR}. */
  record Supervisor() implements Actor {
    static final Supervisor INSTANCE = new Supervisor();

    @Override
    public Role role() {
      return Role.SUPERVISOR;
    }
  }
}
