package nl.wmokader.core.region;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.leftOfKind;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.WmoKaderBuilder;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.region.domain.Ballot;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.domain.RegionError;
import nl.wmokader.core.region.domain.RegionalArrangement;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.RegionalDecisionShortfall;
import nl.wmokader.core.region.domain.VotingError;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.ArrangementInForce;
import nl.wmokader.core.region.port.in.CountVotesCommand;
import nl.wmokader.core.region.port.in.CountVotesCommand.BallotInput;
import nl.wmokader.core.region.port.in.CountedDecision;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.ErrorKind;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/** Counting votes and reading the arrangement through the facade: access, field errors, the pure rules' answers. */
class GovernanceServicesTest {

  private static final MunicipalityCode OSS = MunicipalityCode.of("0828");
  private static final MunicipalityCode BERNHEZE = MunicipalityCode.of("1721");
  private static final MunicipalityCode BOEKEL = MunicipalityCode.of("0755");
  private static final MunicipalityCode LAND_VAN_CUIJK = MunicipalityCode.of("1982");
  private static final MunicipalityCode MAASHORST = MunicipalityCode.of("1991");
  private static final LocalDate ON = LocalDate.of(2024, 6, 1);

  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final MutableClock clock = new MutableClock(LocalDate.of(2025, 3, 1));
  private final WmoKader wmo = builder().build();

  private WmoKaderBuilder builder() {
    return adapters.builder().clock(clock).ids(new SequentialIds());
  }

  private GovernanceServicesTest withRegion() {
    right(adapters.regions().save(RegionGen.reference()));
    return this;
  }

  private static BallotInput ballot(MunicipalityCode voter, BallotChoice choice) {
    return new BallotInput(voter, choice);
  }

  private static CountVotesCommand budget(BallotInput... ballots) {
    return new CountVotesCommand("begroting 2025", ON, List.of(ballots));
  }

  @Test
  void the_outcome_is_the_reference_rules() {
    withRegion();
    var smallThree = budget(ballot(BERNHEZE, BallotChoice.IN_FAVOUR), ballot(BOEKEL, BallotChoice.IN_FAVOUR),
        ballot(MAASHORST, BallotChoice.IN_FAVOUR), ballot(OSS, BallotChoice.AGAINST));
    CountedDecision counted = right(wmo.region().countVotes().countVotes(Actor.region(), smallThree));

    RegionalDecision decision = new RegionalDecision("begroting 2025", ON, List.of(
        new Ballot(BERNHEZE, BallotChoice.IN_FAVOUR), new Ballot(BOEKEL, BallotChoice.IN_FAVOUR),
        new Ballot(MAASHORST, BallotChoice.IN_FAVOUR), new Ballot(OSS, BallotChoice.AGAINST)));
    assertThat(counted.decision()).isEqualTo(decision);
    assertThat(counted.outcome()).isEqualTo(right(VotingRule.reference().count(RegionGen.reference(), decision)));
    assertThat(counted.outcome().shortfalls()).containsExactly(RegionalDecisionShortfall.TOO_FEW_INHABITANTS_IN_FAVOUR);
    assertThat(counted.outcome().absent()).isEqualTo(1);

    var bigThree = budget(ballot(OSS, BallotChoice.IN_FAVOUR), ballot(LAND_VAN_CUIJK, BallotChoice.IN_FAVOUR),
        ballot(BOEKEL, BallotChoice.IN_FAVOUR));
    assertThat(right(wmo.region().countVotes().countVotes(Actor.municipality(BOEKEL), bigThree)).outcome().passed()).isTrue();
  }

  @Test
  void the_voting_rule_is_configuration_of_the_facade() {
    withRegion();
    WmoKader countOnly = builder().votingRule(VotingRule.countOnly(3)).build();
    var smallThree = budget(ballot(BERNHEZE, BallotChoice.IN_FAVOUR), ballot(BOEKEL, BallotChoice.IN_FAVOUR),
        ballot(MAASHORST, BallotChoice.IN_FAVOUR));
    CountedDecision counted = right(countOnly.region().countVotes().countVotes(Actor.region(), smallThree));
    assertThat(counted.outcome().passed()).isTrue();
    assertThat(counted.outcome().rule()).isEqualTo(VotingRule.countOnly(3));
  }

  @Test
  void only_the_region_and_its_members_staff_count() {
    withRegion();
    var command = budget(ballot(OSS, BallotChoice.IN_FAVOUR));
    leftOfKind(wmo.region().countVotes().countVotes(Actor.municipality(MunicipalityCode.of("0363")), command), ErrorKind.FORBIDDEN);
    leftOfKind(wmo.region().countVotes().countVotes(Actor.provider(AgbCode.of("98000001")), command), ErrorKind.FORBIDDEN);
    leftOfKind(wmo.region().countVotes().countVotes(Actor.supervisor(), null), ErrorKind.FORBIDDEN);
  }

  @Test
  void every_invalid_field_at_once() {
    withRegion();
    InvalidInput invalid = left(wmo.region().countVotes().countVotes(Actor.region(), new CountVotesCommand(" ", null,
        List.of(ballot(OSS, null), null, ballot(null, BallotChoice.ABSTAIN)))), InvalidInput.class);
    assertThat(invalid.errors().map(e -> e.field() + ":" + e.code())).containsExactly(
        "subject:required", "referenceDate:required", "ballots[0].choice:required", "ballots[1]:required",
        "ballots[2].voter:required");

    assertThat(left(wmo.region().countVotes().countVotes(Actor.region(), new CountVotesCommand("x".repeat(201), ON, null)),
        InvalidInput.class).errors().map(e -> e.field() + ":" + e.code()))
        .containsExactly("subject:too_long", "ballots:required");
  }

  @Test
  void the_rules_own_refusals_pass_through() {
    withRegion();
    left(wmo.region().countVotes().countVotes(Actor.region(), budget(ballot(MunicipalityCode.of("0363"), BallotChoice.IN_FAVOUR))),
        VotingError.BallotFromNonMember.class);
    left(wmo.region().countVotes().countVotes(Actor.region(), budget(ballot(OSS, BallotChoice.IN_FAVOUR),
        ballot(OSS, BallotChoice.AGAINST))), VotingError.DuplicateBallot.class);
    left(wmo.region().countVotes().countVotes(Actor.region(), new CountVotesCommand("x", LocalDate.of(2023, 6, 1), List.empty())),
        VotingError.NoInhabitants.class);
  }

  @Test
  void without_a_region_nothing_is_counted() {
    left(wmo.region().countVotes().countVotes(Actor.region(), budget()), RegionError.NotDefined.class);
  }

  @Test
  void the_reference_arrangement_is_in_force_as_of_the_clock_for_every_actor() {
    for (Actor actor : List.of(Actor.region(), Actor.supervisor(), Actor.provider(AgbCode.of("98000001")))) {
      ArrangementInForce answer = right(wmo.region().getArrangement().getArrangement(actor));
      assertThat(answer.arrangement()).isEqualTo(RegionalArrangement.reference());
      assertThat(answer.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(answer.inForce()).isTrue();
    }
    clock.set(LocalDate.of(2029, 1, 1));
    assertThat(right(wmo.region().getArrangement().getArrangement(Actor.region())).inForce()).isFalse();
    clock.set(LocalDate.of(2023, 12, 31));
    assertThat(right(wmo.region().getArrangement().getArrangement(Actor.region())).inForce()).isFalse();
  }

  @Test
  void extensions_are_configuration_and_keep_the_term_in_force() {
    RegionalArrangement extended = right(RegionalArrangement.reference().extendByOneYear(LocalDate.of(2028, 6, 1)));
    clock.set(LocalDate.of(2029, 6, 1));
    ArrangementInForce answer = right(builder().regionalArrangement(extended).build().region().getArrangement()
        .getArrangement(Actor.region()));
    assertThat(answer.arrangement().end()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(answer.inForce()).isTrue();
  }
}
