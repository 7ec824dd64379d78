package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * One access to personal data, as the caller records it: when, who (the actor: role, organisation
 * and, when known, person), which client (none for an access that concerns no one client), what
 * ({@code action} on the {@code resource} kind with {@code resourceId}) and whether it was allowed.
 *
 * <p>{@code at} is kept to the microsecond, the precision every store keeps, so that an entry's hash
 * computed before it is stored recomputes from what is read back. {@code resourceId} identifies the
 * resource, never a client: a BSN belongs in {@code client}.
 */
public record AuditRecord(Instant at, Actor actor, Option<Bsn> client, AuditAction action, String resource,
                          String resourceId, AuditOutcome outcome) {

  /** The days of the trail (chains, periods) are the region's: Europe/Amsterdam. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** The longest resource kind ("indication", "claim", ...). */
  public static final int MAX_RESOURCE = 40;
  /** The longest resource identifier. */
  public static final int MAX_RESOURCE_ID = 100;

  public AuditRecord {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(client, "client");
    requireNonNull(action, "action");
    requireNonNull(resource, "resource");
    requireNonNull(resourceId, "resourceId");
    requireNonNull(outcome, "outcome");
    at = at.truncatedTo(ChronoUnit.MICROS);
    if (resource.isEmpty() || resource.length() > MAX_RESOURCE
        || !resource.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) {
      throw new IllegalArgumentException("a resource is a kind of 1.." + MAX_RESOURCE + " characters a-z, 0-9 or -");
    }
    if (resourceId.isBlank() || resourceId.length() > MAX_RESOURCE_ID
        || resourceId.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a resource id is 1.." + MAX_RESOURCE_ID + " characters without control characters");
    }
  }

  /** An access to {@code client}'s data. */
  public static AuditRecord of(Instant at, Actor actor, Bsn client, AuditAction action, String resource,
                               String resourceId, AuditOutcome outcome) {
    return new AuditRecord(at, actor, Option.some(requireNonNull(client, "client")), action, resource, resourceId,
        outcome);
  }

  /** The region's day the access happened on. */
  public LocalDate day() {
    return LocalDate.ofInstant(at, ZONE);
  }

  /** The code of the organisation the actor acts for: a municipality's CBS code, a provider's AGB code, none for the region, supervisors and analysts. */
  public Option<String> organisation() {
    return actor.municipality().map(MunicipalityCode::value).orElse(actor.provider().map(AgbCode::value));
  }

  /** The actor a stored record names: the inverse of {@link Actor#role()}, {@link #organisation()} and {@link Actor#person()}. */
  public static Actor actor(Actor.Role role, Option<String> organisation, Option<String> person) {
    Actor party = switch (role) {
      case REGION -> Actor.region();
      case SUPERVISOR -> Actor.supervisor();
      case ANALYST -> Actor.analyst();
      case MUNICIPALITY -> Actor.municipality(MunicipalityCode.of(organisation.get()));
      case PROVIDER -> Actor.provider(AgbCode.of(organisation.get()));
    };
    return person.isDefined() ? party.as(person.get()) : party;
  }

  @Override
  public String toString() {
    // the client stays hidden (Bsn's own toString), and so does the person
    return "AuditRecord[" + at + " " + actor.role() + organisation().map(o -> ":" + o).getOrElse("") + " " + action
        + " " + resource + "/" + resourceId + " " + outcome + "]";
  }
}
