package nl.wmokader.core;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.port.in.ReportNeedCommand;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.RegionGen;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * Every role check and every decision to show a case passes the access policy the embedder gives:
 * a policy wrapping the standard one sees who acted, which action, on which client, and whether
 * it was allowed, without a change to any service (the seam the audit trail of issue 12 takes).
 */
class AccessPolicySeamTest {

  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final Bsn CLIENT = SharedGen.testBsnFrom(4321).get();

  /** A decision as an audit trail would keep it. */
  record Decision(Actor actor, String action, Option<Bsn> client, boolean allowed) {}

  /** The standard rules, each decision recorded. */
  static final class Recording implements AccessPolicy {
    final AccessPolicy rules = AccessPolicy.standard();
    final List<Decision> decisions = new ArrayList<>();

    @Override
    public Either<DomainError, Actor> require(Actor actor, String action, Set<Actor.Role> allowed) {
      Either<DomainError, Actor> decided = rules.require(actor, action, allowed);
      decisions.add(new Decision(actor, action, Option.none(), decided.isRight()));
      return decided;
    }

    @Override
    public boolean seesCase(Actor actor, Bsn client, MunicipalityCode responsible, Option<MunicipalityCode> attributedTo) {
      boolean sees = rules.seesCase(actor, client, responsible, attributedTo);
      decisions.add(new Decision(actor, "see a case", Option.some(client), sees));
      return sees;
    }

    @Override
    public boolean actsFor(Actor actor, AgbCode provider) {
      return rules.actsFor(actor, provider);
    }
  }

  @Test
  void role_checks_and_case_visibility_pass_the_given_policy() {
    Recording policy = new Recording();
    MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
    WmoKader wmo = new InMemoryAdapters().builder().clock(clock).ids(new SequentialIds()).access(policy).build();
    var reference = RegionGen.reference();
    right(wmo.region().defineRegion().defineRegion(Actor.region(),
        new DefineRegionCommand(reference.name(), reference.members())));
    left(wmo.region().defineRegion().defineRegion(Actor.provider(AgbCode.of("98000001")),
        new DefineRegionCommand(reference.name(), reference.members())), CommonError.Forbidden.class);
    Indication reported = right(wmo.indication().reportNeed().reportNeed(Actor.municipality(BERNHEZE),
        ReportNeedCommand.of(CLIENT, BERNHEZE, clock.today())));
    policy.decisions.clear();

    right(wmo.indication().getIndication().getIndication(Actor.municipality(BERNHEZE), reported.id()));
    left(wmo.indication().getIndication().getIndication(Actor.municipality(MunicipalityCode.of("0755")), reported.id()),
        CommonError.NotFound.class);

    assertThat(policy.decisions).filteredOn(d -> d.client().isDefined())
        .extracting(d -> d.actor().municipality().get().value() + " " + d.allowed())
        .containsExactly("1721 true", "0755 false");
    assertThat(policy.decisions).filteredOn(d -> d.client().isDefined())
        .allSatisfy(d -> assertThat(d.client()).containsExactly(CLIENT));
  }

  @Test
  void a_refusal_is_the_policys_decision() {
    Recording policy = new Recording();
    WmoKader wmo = new InMemoryAdapters().builder().clock(new MutableClock(LocalDate.of(2026, 3, 2)))
        .ids(new SequentialIds()).access(policy).build();
    var reference = RegionGen.reference();
    left(wmo.region().defineRegion().defineRegion(Actor.provider(AgbCode.of("98000001")),
        new DefineRegionCommand(reference.name(), reference.members())), CommonError.Forbidden.class);
    assertThat(policy.decisions).extracting(d -> d.actor().role() + " " + d.allowed())
        .containsExactly("PROVIDER false");
  }
}
