package nl.wmokader.core.region.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * The counted result of a regional decision: passed when {@code shortfalls} is empty. Carries the tally
 * (absent = members without a ballot) and the inhabitants in favour against the whole region's total on
 * the decision's reference date, so that the outcome explains itself.
 */
public record RegionalDecisionOutcome(
    Seq<RegionalDecisionShortfall> shortfalls,
    int inFavour,
    int against,
    int abstaining,
    int absent,
    long inhabitantsInFavour,
    long totalInhabitants,
    VotingRule rule) {

  public RegionalDecisionOutcome {
    requireNonNull(shortfalls, "shortfalls");
    requireNonNull(rule, "rule");
  }

  public boolean passed() {
    return shortfalls.isEmpty();
  }
}
