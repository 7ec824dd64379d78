package nl.wmokader.core;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.contracting.ContractingGen;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.CalculateContributionCommand;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.settlement.port.in.ListClaimsQuery;
import nl.wmokader.core.settlement.port.in.SubmitClaimCommand;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * Unless told otherwise, the facade lets a municipality's staff act only while it is a member of the
 * region, and a provider's only while it is registered: an identity an adapter accepted is not yet
 * a party the region knows (issue 12: a non-member read member routes, an unregistered provider
 * stored a claim).
 */
class OnlyKnownActorsActTest {
  private static final Actor REGION = Actor.region();
  private static final MunicipalityCode AMSTERDAM = MunicipalityCode.of("0363");
  private static final AgbCode UNREGISTERED = AgbCode.of("99999999");
  private static final ListClaimsQuery ALL = new ListClaimsQuery(Option.none(), Option.none(), Option.none(),
      PageRequest.first());

  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(new MutableClock(LocalDate.of(2026, 3, 10)))
      .ids(new SequentialIds()).build();

  private void defineRegion(io.vavr.collection.Seq<Member> members) {
    right(wmo.region().defineRegion().defineRegion(REGION, new DefineRegionCommand("Regio", members)));
  }

  @Test
  void a_municipality_acts_only_while_it_is_a_member() {
    var reference = RegionGen.reference();
    Actor oss = Actor.municipality(MunicipalityCode.of("0828"));
    left(contribution(oss), CommonError.Forbidden.class);
    defineRegion(reference.members());
    right(contribution(oss));
    assertThat(left(contribution(Actor.municipality(AMSTERDAM)), CommonError.Forbidden.class).message())
        .contains("not a member");
    defineRegion(reference.members().append(new Member(AMSTERDAM, "Amsterdam", false)));
    right(contribution(Actor.municipality(AMSTERDAM)));
    defineRegion(reference.members());
    left(contribution(Actor.municipality(AMSTERDAM)), CommonError.Forbidden.class);
  }

  private io.vavr.control.Either<nl.wmokader.core.shared.DomainError, ?> contribution(Actor actor) {
    return wmo.settlement().calculateContribution().calculateContribution(actor,
        new CalculateContributionCommand(List.empty(), YearMonth.of(2026, 1), YearMonth.of(2026, 2)));
  }

  @Test
  void a_provider_acts_only_while_it_is_registered_and_stores_nothing_before() {
    defineRegion(RegionGen.reference().members());
    Actor unregistered = Actor.provider(UNREGISTERED);
    SubmitClaimCommand.Draft claim = right(SubmitClaimCommand.read("1721", "2026-02", "D-1", null, List.of(
        new ClaimLineInput("R1", null, "0f8fa6e2-3c1b-4a57-9d2e-6b1c2f3a4d5e", "999900018", "02", "02A01",
            LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 4L, "04", 6_540L, 26_160L, DebitCredit.DEBIT))));
    assertThat(left(wmo.settlement().submitClaim().submitClaim(unregistered, claim), CommonError.Forbidden.class)
        .message()).contains("not registered");
    assertThat(adapters.claims().findByNumber(UNREGISTERED, "D-1")).isEmpty();
    assertThat(right(wmo.settlement().listClaims().listClaims(REGION, ALL)).total()).isZero();

    right(wmo.contracting().registerProvider().registerProvider(REGION,
        ContractingGen.registration(UNREGISTERED, "Zorg Demo Negen (fictief)")));
    // registered now: its claim is answered (its line refused: the assignment is not its own)
    assertThat(right(wmo.settlement().submitClaim().submitClaim(unregistered, claim)).rejectedLines()).hasSize(1);
    assertThat(YearMonth.of(2026, 2)).isEqualTo(adapters.claims().findByNumber(UNREGISTERED, "D-1").get().month());
  }

  @Test
  void an_embedder_that_settles_identity_itself_may_trust_every_party_named() {
    WmoKader trusting = new InMemoryAdapters().builder().clock(new MutableClock(LocalDate.of(2026, 3, 10)))
        .ids(new SequentialIds()).access(AccessPolicy.standard()).build();
    assertThat(right(trusting.settlement().listClaims().listClaims(Actor.municipality(AMSTERDAM), ALL)).total()).isZero();
    // the roles still hold: a municipality never submits a claim
    left(trusting.settlement().submitClaim().submitClaim(Actor.municipality(AMSTERDAM), (SubmitClaimCommand) null),
        CommonError.Forbidden.class);
  }
}
