package nl.wmokader.core.monitoring.domain;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.YearMonth;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * One member's month, over the providers, categories and products the filter selects: what members
 * compare. The counts are defined as in {@link UseFigures} (clients counted once for the member,
 * however many cells they appear in), the amounts as in {@link CostFigures} (recoveries only when the filter names no category or
 * product: a recovery has neither). {@code perThousand} is
 * present when the member's inhabitants on the year's reference date are known and more than zero.
 *
 * @param inhabitants the member's most recent count with a reference date on or before 1 January of
 *     the month's year
 */
public record MemberFigures(YearMonth month, MunicipalityCode member, long clientsWithSupport, long newAssignments,
                            long endedAssignments, Money debits, Money credits, Money recoveries,
                            Option<Long> inhabitants,
                            Option<Benchmark> perThousand) {
  public MemberFigures {
    requireNonNull(month, "month");
    requireNonNull(member, "member");
    requireNonNull(debits, "debits");
    requireNonNull(credits, "credits");
    requireNonNull(recoveries, "recoveries");
    requireNonNull(inhabitants, "inhabitants");
    requireNonNull(perThousand, "perThousand");
  }

  /** Debits minus credits minus recoveries. */
  public Money net() {
    return debits.minus(credits).minus(recoveries);
  }

  /** Every count and amount of the row per 1,000 inhabitants ({@link PerThousand}). */
  public record Benchmark(PerThousand clientsWithSupport, PerThousand newAssignments, PerThousand endedAssignments,
                          Money debits, Money credits, Money recoveries, Money net) {
    public static Benchmark of(MemberFigures f, long inhabitants) {
      return new Benchmark(PerThousand.of(f.clientsWithSupport(), inhabitants),
          PerThousand.of(f.newAssignments(), inhabitants), PerThousand.of(f.endedAssignments(), inhabitants),
          PerThousand.money(f.debits(), inhabitants), PerThousand.money(f.credits(), inhabitants),
          PerThousand.money(f.recoveries(), inhabitants), PerThousand.money(f.net(), inhabitants));
    }
  }
}
