package nl.wmokader.adapters.rest.region;

import java.time.LocalDate;
import java.util.List;
import nl.wmokader.core.region.domain.RegionalDecisionOutcome;
import nl.wmokader.core.region.domain.VotingRule;
import nl.wmokader.core.region.port.in.CountedDecision;

/** A counted regional decision: passed or the requirements it missed, the tally and the rule applied. */
public record VoteCountDto(String subject, LocalDate referenceDate, boolean passed, List<String> shortfalls,
                           int inFavour, int against, int abstaining, int absent, long inhabitantsInFavour,
                           long totalInhabitants, RuleDto rule) {

  public static VoteCountDto from(CountedDecision counted) {
    RegionalDecisionOutcome o = counted.outcome();
    return new VoteCountDto(counted.decision().subject(), counted.decision().referenceDate(), o.passed(),
        o.shortfalls().map(Enum::name).toJavaList(), o.inFavour(), o.against(), o.abstaining(), o.absent(),
        o.inhabitantsInFavour(), o.totalInhabitants(), RuleDto.from(o.rule()));
  }

  /** The voting rule: at least {@code minimumInFavour} in favour and, when weighted, more than numerator/denominator of all inhabitants. */
  public record RuleDto(int minimumInFavour, boolean weightedMajority, long thresholdNumerator, long thresholdDenominator) {
    static RuleDto from(VotingRule rule) {
      return new RuleDto(rule.minimumInFavour(), rule.weightedMajority(), rule.thresholdNumerator(),
          rule.thresholdDenominator());
    }
  }
}
