package nl.wmokader.core.obligations.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.ObligationGen;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.obligations.port.out.SpendingReportRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link SpendingReportRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class SpendingReportRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract SpendingReportRepository newRepository();

  private static final AgbCode PROVIDER = AgbCode.of("98000001");

  private static SpendingReport example() {
    return SpendingReport.builder()
        .provider(PROVIDER)
        .year(2025)
        .kind(SpendingKind.TRANSFORMATION)
        .amount(Money.euros(12_345, 67))
        .description(Option.some("Pilot 'Samen thuis' — inzet ervaringsdeskundigen"))
        .reportedOn(LocalDate.of(2026, 3, 2))
        .build();
  }

  @Test
  void an_unknown_report_is_absent() {
    SpendingReportRepository repo = newRepository();
    assertThat(repo.find(PROVIDER, 2025, SpendingKind.TRANSFORMATION).isEmpty()).isTrue();
    assertThat(repo.findByProviderAndYear(PROVIDER, 2025).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(ObligationGen.spendingReports()).checkAssert(report -> {
      SpendingReportRepository repo = newRepository();
      SpendingReport saved = Results.right(repo.save(report));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(report);
      assertThat(repo.find(report.provider(), report.year(), report.kind()).get()).isEqualTo(saved);
    });
  }

  @Test
  void a_new_report_replaces_the_stored_one_of_its_version() {
    SpendingReportRepository repo = newRepository();
    SpendingReport first = Results.right(repo.save(example()));
    SpendingReport second = Results.right(repo.save(first.withAmount(Money.ZERO).withDescription(Option.none())
        .withReportedOn(LocalDate.of(2026, 4, 1))));
    assertThat(second.version()).isEqualTo(2);
    assertThat(repo.find(PROVIDER, 2025, SpendingKind.TRANSFORMATION).get()).isEqualTo(second);
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    SpendingReportRepository repo = newRepository();
    SpendingReport first = Results.right(repo.save(example()));
    SpendingReport second = Results.right(repo.save(first.withAmount(Money.ofCents(1))));

    assertThat(repo.save(example().withAmount(Money.ofCents(2))).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.save(first.withAmount(Money.ofCents(3))).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.find(PROVIDER, 2025, SpendingKind.TRANSFORMATION).get()).isEqualTo(second);
  }

  @Test
  void reports_are_kept_apart_by_provider_year_and_kind() {
    qt().withExamples(50).forAll(lists().of(ObligationGen.spendingReports()).ofSizeBetween(0, 12), ObligationGen.providers(),
        ObligationGen.years()).checkAssert((raw, provider, year) -> {
          SpendingReportRepository repo = newRepository();
          List<SpendingReport> saved = List.ofAll(raw)
              .distinctBy(r -> List.of(r.provider(), r.year(), r.kind()))
              .map(r -> Results.right(repo.save(r)));
          List<SpendingReport> expected = saved
              .filter(r -> r.provider().equals(provider) && r.year() == year)
              .sortBy(SpendingReport::kind);
          assertThat(repo.findByProviderAndYear(provider, year).toJavaList()).containsExactlyElementsOf(expected);
          for (SpendingKind kind : SpendingKind.values()) {
            assertThat(repo.find(provider, year, kind)).isEqualTo(expected.find(r -> r.kind() == kind));
          }
        });
  }
}
