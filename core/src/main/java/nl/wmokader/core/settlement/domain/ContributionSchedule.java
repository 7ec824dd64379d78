package nl.wmokader.core.settlement.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.InvalidInput;

/**
 * Which contribution scheme is in force in which month: each entry from its month until the next
 * entry's month. The extension point for a new scheme: {@link #with} adds it from a month on
 * without touching the schemes before it.
 */
public final class ContributionSchedule {
  private final Seq<ContributionScheduleEntry> entries;

  private ContributionSchedule(Seq<ContributionScheduleEntry> entries) {
    this.entries = entries;
  }

  /** A schedule of these entries, or {@link InvalidInput} when two start in the same month. */
  public static Either<InvalidInput, ContributionSchedule> of(Seq<ContributionScheduleEntry> entries) {
    Seq<YearMonth> duplicates = entries.map(ContributionScheduleEntry::from)
        .groupBy(m -> m).filterValues(s -> s.size() > 1).keySet().toList().sorted();
    if (!duplicates.isEmpty()) {
      return Either.left(InvalidInput.of("entries", "duplicate_from", "two schemes start in " + duplicates.head()));
    }
    return Either.right(new ContributionSchedule(entries.sortBy(ContributionScheduleEntry::from)));
  }

  public static ContributionSchedule single(YearMonth from, ContributionScheme scheme) {
    return new ContributionSchedule(List.of(new ContributionScheduleEntry(from, scheme)));
  }

  /** This schedule with {@code scheme} in force from {@code from} on; the same errors as {@link #of}. */
  public Either<InvalidInput, ContributionSchedule> with(YearMonth from, ContributionScheme scheme) {
    return of(entries.append(new ContributionScheduleEntry(from, scheme)));
  }

  /** The scheme in force in the month: the latest entry starting in or before it. */
  public Option<ContributionScheme> schemeIn(YearMonth month) {
    return entries.filter(e -> !e.from().isAfter(month)).lastOption().map(ContributionScheduleEntry::scheme);
  }

  public Seq<ContributionScheduleEntry> entries() {
    return entries;
  }
}
