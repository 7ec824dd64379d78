package nl.wmokader.adapters.rest;

import io.vavr.control.Option;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The text form of an actor, as the development mode's {@value #NAME} header carries it
 * ({@link nl.wmokader.adapters.rest.identity.DevelopmentHeader}) and as the rate limit keys it:
 * {@code region}, {@code supervisor}, {@code analyst}, {@code municipality:<4-digit CBS code>} or
 * {@code provider:<8-digit AGB code>}. Exact and case-sensitive: anything else is no actor.
 */
public final class ActorHeader {
  /** The request header's name. */
  public static final String NAME = "Wmo-Actor";

  private ActorHeader() {}

  /** The actor the header value names, or none when it is absent or malformed. */
  public static Option<Actor> parse(String value) {
    if (value == null) {
      return Option.none();
    }
    if (value.equals("region")) {
      return Option.some(Actor.region());
    }
    if (value.equals("supervisor")) {
      return Option.some(Actor.supervisor());
    }
    if (value.equals("analyst")) {
      return Option.some(Actor.analyst());
    }
    if (value.startsWith("municipality:")) {
      String code = value.substring("municipality:".length());
      return code.matches("[0-9]{4}") ? Option.some(Actor.municipality(MunicipalityCode.of(code))) : Option.none();
    }
    if (value.startsWith("provider:")) {
      String agb = value.substring("provider:".length());
      return agb.matches("[0-9]{8}") ? Option.some(Actor.provider(AgbCode.of(agb))) : Option.none();
    }
    return Option.none();
  }

  /** The header value for {@code actor}; {@code parse(format(a))} is {@code a}. */
  public static String format(Actor actor) {
    switch (actor.role()) {
      case REGION:
        return "region";
      case SUPERVISOR:
        return "supervisor";
      case ANALYST:
        return "analyst";
      case MUNICIPALITY:
        return "municipality:" + actor.municipality().get().value();
      case PROVIDER:
        return "provider:" + actor.provider().get().value();
      default:
        throw new IllegalArgumentException("unknown role " + actor.role());
    }
  }

  /**
   * A 403 problem when {@code known} does not know the municipality or provider {@code actor} names
   * (an identity is not yet a party of the region); nothing when {@code known} is null.
   */
  static void requireKnown(Actor actor, nl.wmokader.core.shared.KnownActors known) {
    if (known == null) {
      return;
    }
    if (actor.role() == Actor.Role.MUNICIPALITY && !known.isMember(actor.municipality().get())) {
      throw new ProblemException(403, "forbidden", "Municipality " + actor.municipality().get().value()
          + " is not a member of the region: its staff may not act here.", java.util.List.of(), java.util.Map.of());
    }
    if (actor.role() == Actor.Role.PROVIDER && !known.isRegistered(actor.provider().get())) {
      throw new ProblemException(403, "forbidden", "Provider " + actor.provider().get().value()
          + " is not registered with the region: its staff may not act here.", java.util.List.of(), java.util.Map.of());
    }
  }
}
