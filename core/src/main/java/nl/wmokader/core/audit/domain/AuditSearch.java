package nl.wmokader.core.audit.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.Instant;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DateRange;

/**
 * The privacy officer's question: the entries of the days of {@code period} (the region's days,
 * Europe/Amsterdam; an open end: up to now), narrowed by each criterion given: the actor's role,
 * organisation (a CBS or AGB code) and person, the action, the resource kind and the outcome.
 */
public record AuditSearch(DateRange period, Option<Actor.Role> role, Option<String> organisation,
                          Option<String> person, Option<AuditAction> action, Option<String> resource,
                          Option<AuditOutcome> outcome) {

  public AuditSearch {
    requireNonNull(period, "period");
    requireNonNull(role, "role");
    requireNonNull(organisation, "organisation");
    requireNonNull(person, "person");
    requireNonNull(action, "action");
    requireNonNull(resource, "resource");
    requireNonNull(outcome, "outcome");
  }

  /** Every entry of {@code period}. */
  public static AuditSearch of(DateRange period) {
    return new AuditSearch(period, Option.none(), Option.none(), Option.none(), Option.none(), Option.none(),
        Option.none());
  }

  public AuditSearch byRole(Actor.Role role) {
    return new AuditSearch(period, Option.some(role), organisation, person, action, resource, outcome);
  }

  public AuditSearch byOrganisation(String organisation) {
    return new AuditSearch(period, role, Option.some(organisation), person, action, resource, outcome);
  }

  public AuditSearch byPerson(String person) {
    return new AuditSearch(period, role, organisation, Option.some(person), action, resource, outcome);
  }

  public AuditSearch byAction(AuditAction action) {
    return new AuditSearch(period, role, organisation, person, Option.some(action), resource, outcome);
  }

  public AuditSearch byResource(String resource) {
    return new AuditSearch(period, role, organisation, person, action, Option.some(resource), outcome);
  }

  public AuditSearch byOutcome(AuditOutcome outcome) {
    return new AuditSearch(period, role, organisation, person, action, resource, Option.some(outcome));
  }

  /** The first instant of the period. */
  public static Instant from(DateRange period) {
    return period.start().atStartOfDay(AuditRecord.ZONE).toInstant();
  }

  /** The first instant after the period, if it ends. */
  public static Option<Instant> until(DateRange period) {
    return period.end().map(end -> end.plusDays(1).atStartOfDay(AuditRecord.ZONE).toInstant());
  }

  /** Whether {@code entry} answers this search. */
  public boolean matches(AuditEntry entry) {
    AuditRecord r = entry.record();
    return period.contains(r.day())
        && role.forAll(x -> x == r.actor().role())
        && organisation.forAll(x -> r.organisation().contains(x))
        && person.forAll(x -> r.actor().person().contains(x))
        && action.forAll(x -> x == r.action())
        && resource.forAll(x -> x.equals(r.resource()))
        && outcome.forAll(x -> x == r.outcome());
  }
}
