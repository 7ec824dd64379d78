package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
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
 * and, when known, person), which clients (none for an access that concerns no client; one for a
 * case; all of a claim's for a claim, which is one access to one resource), what ({@code action}
 * on the {@code resource} kind with {@code resourceId}) and whether it was allowed.
 *
 * <p>{@code clients} are distinct and in the order of their numbers, so that a record has one
 * form and one hash. {@code at} is kept to the microsecond, the precision every store keeps, so
 * that an entry's hash computed before it is stored recomputes from what is read back. {@code
 * resourceId} identifies the resource, never a client: a BSN belongs in {@code clients}.
 */
public record AuditRecord(Instant at, Actor actor, Seq<Bsn> clients, AuditAction action, String resource,
                          String resourceId, AuditOutcome outcome) {

  /** The days of the trail (chains, periods) are the region's: Europe/Amsterdam. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** The longest resource kind ("indication", "claim", ...). */
  public static final int MAX_RESOURCE = 40;
  /** The longest resource identifier. */
  public static final int MAX_RESOURCE_ID = 100;
  /** The most clients one record names: five claims of the largest size, and what every store holds. */
  public static final int MAX_CLIENTS = 100_000;

  public AuditRecord {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(clients, "clients");
    // an Array: the checks below and names() index it
    clients = clients instanceof Array ? clients : Array.ofAll(clients);
    if (clients.size() > MAX_CLIENTS) {
      throw new IllegalArgumentException("a record names at most " + MAX_CLIENTS + " clients");
    }
    if (!inOrder(clients.asJava())) {
      throw new IllegalArgumentException("a record's clients are distinct and in the order of their numbers");
    }
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
    return new AuditRecord(at, actor, Array.of(requireNonNull(client, "client")), action, resource, resourceId,
        outcome);
  }

  /** An access to the data of {@code clients} (in any order, repeats allowed), or to none when there are none. */
  public static AuditRecord ofClients(Instant at, Actor actor, Iterable<Bsn> clients, AuditAction action,
                                      String resource, String resourceId, AuditOutcome outcome) {
    return new AuditRecord(at, actor, ordered(clients), action, resource, resourceId, outcome);
  }

  /** An access that concerns no client, or {@code client}'s alone. */
  public static AuditRecord of(Instant at, Actor actor, Option<Bsn> client, AuditAction action, String resource,
                               String resourceId, AuditOutcome outcome) {
    return new AuditRecord(at, actor, client.toArray(), action, resource, resourceId, outcome);
  }

  /** {@code clients} distinct and in the order of their numbers. */
  public static Seq<Bsn> ordered(Iterable<Bsn> clients) {
    java.util.ArrayList<Bsn> all = new java.util.ArrayList<>();
    clients.forEach(c -> all.add(requireNonNull(c, "client")));
    if (inOrder(all)) {
      return Array.ofAll(all);
    }
    // a claim hands over a client per line (20,000 at most): sorted as numbers, each with its
    // place in the low bits, in one primitive sort instead of a comparison of strings per step
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, all.size()));
    long[] keys = new long[all.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (Long.parseLong(all.get(i).value()) << bits) | i;
    }
    java.util.Arrays.sort(keys);
    java.util.ArrayList<Bsn> distinct = new java.util.ArrayList<>(keys.length);
    long previous = -1;
    for (long key : keys) {
      long number = key >>> bits;
      if (number != previous) {
        distinct.add(all.get((int) (key & ((1L << bits) - 1))));
        previous = number;
      }
    }
    return Array.ofAll(distinct);
  }


  private static boolean inOrder(java.util.List<Bsn> clients) {
    for (int i = 1; i < clients.size(); i++) {
      if (clients.get(i - 1).value().compareTo(clients.get(i).value()) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether this access concerned {@code client}'s data. */
  public boolean names(Bsn client) {
    int low = 0;
    int high = clients.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = clients.get(middle).value().compareTo(client.value());
      if (order == 0) {
        return true;
      }
      if (order < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return false;
  }

  /**
   * This record as one client's access history shows it: naming {@code client} alone, so that a
   * member asking after its client does not learn who else a claim concerned. Its entry's hash
   * covers the stored record, not this one.
   */
  public AuditRecord shownTo(Bsn client) {
    if (!names(client)) {
      throw new IllegalArgumentException("the record does not name the client");
    }
    return clients.size() == 1 ? this : new AuditRecord(at, actor, Array.of(client), action, resource, resourceId, outcome);
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
