package nl.wmokader.core.shared;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * The party on whose behalf a use case runs; every use case takes it first and checks scope
 * before anything else. Authentication is the embedder's: the core trusts the actor it is given.
 * Who acts is the party (role and organisation); the person, when the adapter knows one (a
 * token's subject), travels along for the audit trail and never changes what the party may do.
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

  /** The person acting for the party (e.g. a token's subject), when known. */
  Option<String> person();

  /**
   * The same party, acted for by {@code person} (non-blank, at most 255 characters, no control
   * characters: it is written to the audit trail as given).
   */
  Actor as(String person);

  /** The same party with no person named: what decides access and identifies the party. */
  default Actor party() {
    return person().isEmpty() ? this : switch (role()) {
      case REGION -> region();
      case SUPERVISOR -> supervisor();
      case MUNICIPALITY -> municipality(municipality().get());
      case PROVIDER -> provider(provider().get());
      case ANALYST -> analyst();
    };
  }

  enum Role {
    /** The central municipality's regional staff, acting for the whole region. */
    REGION,
    /** Staff of one member municipality. */
    MUNICIPALITY,
    /** Staff of one care provider. */
    PROVIDER,
    /** Supervisors of quality and lawfulness (the region's or the GGD's). */
    SUPERVISOR,
    /**
     * The region's data analysts: they read aggregates and survey results only, never a BSN or a
     * case, so every use case but those refuses them.
     */
    ANALYST
  }

  static Actor region() {
    return RegionStaff.INSTANCE;
  }

  static Actor municipality(MunicipalityCode code) {
    return new MunicipalityStaff(code, Option.none());
  }

  static Actor provider(AgbCode agb) {
    return new ProviderStaff(agb, Option.none());
  }

  static Actor supervisor() {
    return Supervisor.INSTANCE;
  }

  static Actor analyst() {
    return Analyst.INSTANCE;
  }

  private static Option<String> person(Option<String> person) {
    requireNonNull(person, "person");
    person.forEach(p -> {
      if (p.isBlank() || p.length() > 255 || p.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("a person is 1..255 characters without control characters");
      }
    });
    return person;
  }

  /** See {@link Role#REGION}. */
  record RegionStaff(Option<String> person) implements Actor {
    static final RegionStaff INSTANCE = new RegionStaff(Option.none());

    public RegionStaff {
      person = Actor.person(person);
    }

    @Override
    public Role role() {
      return Role.REGION;
    }

    @Override
    public Actor as(String person) {
      return new RegionStaff(Option.some(person));
    }
  }

  /** See {@link Role#MUNICIPALITY}. */
  record MunicipalityStaff(MunicipalityCode code, Option<String> person) implements Actor {
    public MunicipalityStaff {
      requireNonNull(code, "code");
      person = Actor.person(person);
    }

    @Override
    public Actor as(String person) {
      return new MunicipalityStaff(code, Option.some(person));
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
  record ProviderStaff(AgbCode agb, Option<String> person) implements Actor {
    public ProviderStaff {
      requireNonNull(agb, "agb");
      person = Actor.person(person);
    }

    @Override
    public Actor as(String person) {
      return new ProviderStaff(agb, Option.some(person));
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
  record Supervisor(Option<String> person) implements Actor {
    static final Supervisor INSTANCE = new Supervisor(Option.none());

    public Supervisor {
      person = Actor.person(person);
    }

    @Override
    public Actor as(String person) {
      return new Supervisor(Option.some(person));
    }

    @Override
    public Role role() {
      return Role.SUPERVISOR;
    }
  }

  /** See {@link Role#ANALYST}. */
  record Analyst(Option<String> person) implements Actor {
    static final Analyst INSTANCE = new Analyst(Option.none());

    public Analyst {
      person = Actor.person(person);
    }

    @Override
    public Actor as(String person) {
      return new Analyst(Option.some(person));
    }

    @Override
    public Role role() {
      return Role.ANALYST;
    }
  }
}
