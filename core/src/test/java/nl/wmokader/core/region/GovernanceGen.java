package nl.wmokader.core.region;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import java.time.LocalDate;
import nl.wmokader.core.region.domain.Ballot;
import nl.wmokader.core.region.domain.BallotChoice;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.domain.RegionalDecision;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.shared.MunicipalityCode;
import org.quicktheories.core.Gen;

/** Generators for regional decisions and voting rules (core test-jar). */
public final class GovernanceGen {
  private GovernanceGen() {}

  public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 1, 1);

  /** A region with its members' counts on the reference date, and a decision on it. */
  public record Vote(Region region, RegionalDecision decision) {}

  /** Regions of 1..8 members, every member counted on {@link #REFERENCE_DATE}; each member votes or is absent. */
  public static Gen<Vote> votes() {
    return integers().between(1, 8).flatMap(n ->
        lists().of(integers().between(0, 1_000_000)).ofSize(n).zip(
            lists().of(integers().between(0, 3)).ofSize(n),
            lists().of(integers().all()).ofSize(n),
            (inhabitants, choices, order) -> {
              List<Member> members = List.range(0, n).map(i ->
                  new Member(MunicipalityCode.of(String.format("%04d", 100 + i)), "Gemeente " + i, i == 0));
              List<InhabitantCount> counts = List.range(0, n).map(i ->
                  new InhabitantCount(members.get(i).code(), REFERENCE_DATE.minusYears(i % 2), inhabitants.get(i)));
              Region region = Region.builder().name("Regio " + n).members(members).inhabitantCounts(counts).build();
              // choice 3 = absent: no ballot; ballots in a generated order
              List<Ballot> ballots = List.range(0, n)
                  .filter(i -> choices.get(i) < 3)
                  .sortBy(order::get)
                  .map(i -> new Ballot(members.get(i).code(), BallotChoice.values()[choices.get(i)]));
              return new Vote(region, new RegionalDecision("besluit", REFERENCE_DATE, ballots));
            }));
  }

  /** Rules with a minimum of 0..6 members, weighting on or off, and a threshold fraction in [0, 1). */
  public static Gen<VotingRule> rules() {
    return integers().between(0, 6).zip(
        integers().between(0, 1),
        integers().between(1, 10).flatMap(d -> integers().between(0, d - 1).map(num -> new long[] {num, d})),
        (min, weighted, fraction) -> new VotingRule(min, weighted == 1, fraction[0], fraction[1]));
  }
}
