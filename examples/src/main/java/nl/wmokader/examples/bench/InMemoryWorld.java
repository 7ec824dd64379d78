package nl.wmokader.examples.bench;

import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.examples.demo.StepClock;

/** A region-year issued through a fresh in-memory facade: the project side of every in-memory benchmark. */
final class InMemoryWorld {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  final WmoKader wmo;
  final StepClock clock;
  final RegionYear.World world;

  private InMemoryWorld(WmoKader wmo, StepClock clock, RegionYear.World world) {
    this.wmo = wmo;
    this.clock = clock;
    this.world = world;
  }

  /** Issues {@code plan} through {@code new InMemoryAdapters().builder()...build()}. */
  static InMemoryWorld issue(RegionYear plan) {
    StepClock clock = new StepClock(ZONE, RegionYear.SETUP_DAY);
    WmoKader wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds()).build();
    return new InMemoryWorld(wmo, clock, plan.issue(wmo, clock));
  }

  /** As {@link #issue}, with a trail that keeps nothing: what the same work costs without the audit trail. */
  static InMemoryWorld issueWithoutTrail(RegionYear plan) {
    StepClock clock = new StepClock(ZONE, RegionYear.SETUP_DAY);
    WmoKader wmo = new InMemoryAdapters().builder().auditTrail(new NoAuditTrail()).clock(clock)
        .ids(new SequentialIds()).build();
    return new InMemoryWorld(wmo, clock, plan.issue(wmo, clock));
  }

  /**
   * Submits {@code claims} in order, each by its provider's staff; the answers in {@code into}.
   * A refused claim (not an answered one: a rejected line is an answer) is a fault of the data.
   */
  void submit(List<RawClaim> claims, List<Claim> into) {
    for (RawClaim c : claims) {
      into.add(answered(c.draft().flatMap(draft ->
          wmo.settlement().submitClaim().submitClaim(Actor.provider(c.provider()), draft))));
    }
  }

  /** The claims of {@code month}, submitted on their day. */
  List<Claim> submitMonth(int month) {
    List<RawClaim> claims = world.claims(month);
    clock.set(RegionYear.submittedOn(month));
    List<Claim> answers = new ArrayList<>(claims.size());
    submit(claims, answers);
    return answers;
  }

  static Claim answered(Either<DomainError, Claim> result) {
    if (result.isLeft()) {
      throw new IllegalStateException("bench data: a claim was refused: " + result.getLeft().code() + ": "
          + result.getLeft().message());
    }
    return result.get();
  }

  static long approved(List<Claim> claims) {
    return claims.stream().mapToLong(c -> c.lines().count(AnsweredLine::isApproved)).sum();
  }

  static long lines(List<Claim> claims) {
    return claims.stream().mapToLong(c -> c.lines().size()).sum();
  }
}
