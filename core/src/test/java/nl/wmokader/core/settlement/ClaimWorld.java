package nl.wmokader.core.settlement;

import static nl.wmokader.core.testing.Results.right;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.UnaryOperator;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;

/**
 * The facade over in-memory adapters with the reference region, the {@link ClaimGen} products, the
 * provider's contract and two registered (fictional) providers; assignments are stored directly.
 */
final class ClaimWorld {
  static final Actor REGION = Actor.region();
  static final Actor PROVIDER_STAFF = Actor.provider(ClaimGen.PROVIDER);

  final InMemoryAdapters adapters = new InMemoryAdapters();
  final MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 15));
  final WmoKader wmo;

  ClaimWorld() {
    this(UnaryOperator.identity());
  }

  /** A world whose facade reaches the claim store through {@code claims} (to watch or disturb it). */
  ClaimWorld(UnaryOperator<ClaimRepository> claims) {
    this(claims, null);
  }

  /** As {@link #ClaimWorld(UnaryOperator)}, recording into {@code trail} (null: the adapters' own). */
  ClaimWorld(UnaryOperator<ClaimRepository> claims, nl.wmokader.core.audit.port.out.AuditTrail trail) {
    var builder = adapters.builder().claims(claims.apply(adapters.claims())).clock(clock).ids(new SequentialIds());
    wmo = (trail == null ? builder : builder.auditTrail(trail)).build();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand(reference.name(), reference.members())));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(ClaimGen.PROVIDER, "Zorg Demo Een (fictief)")));
    right(wmo.contracting().registerProvider().registerProvider(REGION, ContractingGen.registration(ClaimGen.OTHER_PROVIDER, "Zorg Demo Twee (fictief)")));
    ClaimGen.products().forEach(p -> adapters.products().save(p).get());
    adapters.contracts().save(ClaimGen.contract(ClaimGen.PROVIDER)).get();
  }

  Assignment store(Assignment a) {
    return adapters.assignments().save(a).get();
  }

  static SubmitClaimCommand command(String number, YearMonth month, ClaimLine... lines) {
    return new SubmitClaimCommand(ClaimGen.MEMBER, month, number, Option.none(), List.of(lines));
  }

  Claim submit(String number, YearMonth month, ClaimLine... lines) {
    return right(wmo.settlement().submitClaim().submitClaim(PROVIDER_STAFF, command(number, month, lines)));
  }
}
