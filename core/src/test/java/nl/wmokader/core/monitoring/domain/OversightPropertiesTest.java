package nl.wmokader.core.monitoring.domain;

import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.PROVIDERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.BudgetStatus;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.supervision.port.out.SupervisionStoreFixture;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * The supervision counts and the budget rates against a second, naive computation: for every
 * provider and every record, is it in the months (by comparing year-months), and the rates with
 * {@link BigDecimal}.
 */
class OversightPropertiesTest implements WithQuickTheories {

  private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);

  private Gen<LocalDate> days() {
    return integers().between(0, 150).map(FIRST::plusDays);
  }

  private Gen<AgbCode> providers() {
    return integers().between(0, PROVIDERS.size() - 1).map(PROVIDERS::get);
  }

  private Gen<List<Signal>> signals() {
    return lists(integers().between(0, 30), n -> providers().zip(days(), integers().between(0, 2),
        (p, d, s) -> SupervisionStoreFixture.signal(n, p, d, SignalStatus.values()[s])));
  }

  private Gen<List<Calamity>> calamities() {
    return lists(integers().between(0, 20), n -> providers().zip(days(), integers().between(0, 3),
        (p, d, s) -> SupervisionStoreFixture.calamity(n, p, d, CalamityStatus.values()[s])));
  }

  private Gen<List<Investigation>> investigations() {
    return lists(integers().between(0, 15), n -> providers().zip(days(), (p, d) ->
        SupervisionStoreFixture.investigation(n, p, new InvestigationTrigger.Proactive(), d, InvestigationStatus.OPENED, 0)));
  }

  private static <T> Gen<List<T>> lists(Gen<Integer> sizes, java.util.function.IntFunction<Gen<T>> one) {
    return in -> {
      int size = sizes.generate(in);
      List<T> out = List.empty();
      for (int k = 0; k < size; k++) {
        out = out.append(one.apply(k).generate(in));
      }
      return out;
    };
  }

  private Gen<FigureFilter> filters() {
    return integers().between(0, 5).zip(integers().between(0, 5), integers().between(-1, PROVIDERS.size() - 1),
        (a, b, p) -> {
          YearMonth from = YearMonth.from(FIRST).plusMonths(Math.min(a, b));
          FigureFilter f = FigureFilter.months(from, YearMonth.from(FIRST).plusMonths(Math.max(a, b)));
          return p < 0 ? f : f.withProvider(PROVIDERS.get(p));
        });
  }

  private static boolean inMonths(FigureFilter f, LocalDate day) {
    YearMonth m = YearMonth.from(day);
    return m.compareTo(f.from()) >= 0 && m.compareTo(f.until()) <= 0;
  }

  @Test
  void supervision_counts_every_record_of_the_months_once_per_provider_and_lists_only_providers_with_one() {
    qt().withExamples(300).forAll(signals(), calamities(), investigations(), filters())
        .checkAssert((signals, calamities, investigations, filter) -> {
          var rows = Oversight.supervision(filter, signals, calamities, investigations);
          List<SupervisionFigures> expected = List.empty();
          for (AgbCode p : PROVIDERS.sortBy(AgbCode::value)) {
            if (filter.provider().isDefined() && !filter.provider().get().equals(p)) {
              continue;
            }
            long s = signals.count(x -> x.provider().equals(p) && inMonths(filter, x.receivedOn()));
            long c = calamities.count(x -> x.provider().equals(p) && inMonths(filter, x.occurredOn()));
            long i = investigations.count(x -> x.provider().equals(p) && inMonths(filter, x.openedOn()));
            if (s + c + i > 0) {
              expected = expected.append(new SupervisionFigures(p, s, c, i));
            }
          }
          assertThat(rows).isEqualTo(expected);
        });
  }

  @Test
  void budget_rates_per_thousand_are_the_amounts_times_1000_over_the_inhabitants_rounded_half_up_to_the_cent() {
    qt().withExamples(500).forAll(longs().between(0, 50_000_000_000L), longs().between(0, 90_000_000_000L),
            integers().between(0, 12), longs().between(-1, 2_000_000))
        .checkAssert((budget, spent, closed, inhabitants) -> {
          BudgetStatus status = BudgetStatus.of(MunicipalityCode.of("0828"), 2026,
              budget % 3 == 0 ? Option.none() : Option.some(new nl.wmokader.core.settlement.domain.Budget(
                  MunicipalityCode.of("0828"), 2026, Money.ofCents(budget), 1)),
              closed == 0 ? List.empty() : List.of(new BudgetStatus.MonthSpending(YearMonth.of(2026, 1),
                  Money.ofCents(spent))), closed, new nl.wmokader.core.settlement.domain.BudgetTerms(500));
          Option<Long> counted = inhabitants < 0 ? Option.none() : Option.some(inhabitants);
          BudgetFigures row = BudgetFigures.of(status, counted);
          assertThat(row.spent()).isEqualTo(status.spent());
          assertThat(row.forecast()).isEqualTo(status.forecast());
          assertThat(row.budget()).isEqualTo(status.budget());
          assertThat(row.overspending()).isEqualTo(status.overspending());
          assertThat(row.inhabitants()).isEqualTo(counted);
          if (inhabitants <= 0) {
            assertThat(row.perThousand()).isEmpty();
          } else {
            assertThat(row.perThousand().get().spent().cents()).isEqualTo(rate(status.spent(), inhabitants));
            assertThat(row.perThousand().get().forecast().cents()).isEqualTo(rate(status.forecast(), inhabitants));
            assertThat(row.perThousand().get().budget().map(Money::cents))
                .isEqualTo(status.budget().map(b -> rate(b, inhabitants)));
          }
        });
  }

  private static long rate(Money amount, long inhabitants) {
    return BigDecimal.valueOf(amount.cents()).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(inhabitants), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
