package nl.wmokader.core.obligations.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import nl.wmokader.core.obligations.ObligationGen;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.RefusalId;
import nl.wmokader.core.obligations.domain.RefusalReason;
import nl.wmokader.core.obligations.port.out.RefusalRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link RefusalRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class RefusalRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract RefusalRepository newRepository();

  private static final AgbCode PROVIDER = AgbCode.of("98000001");

  private static Refusal example() {
    return Refusal.builder()
        .id(new RefusalId(new UUID(0, 7)))
        .provider(PROVIDER)
        .refusedOn(LocalDate.of(2025, 3, 14))
        .reason(RefusalReason.OTHER)
        .explanation(Option.some("Cliënt woont in 't buitengebied, geen route"))
        .recordedOn(LocalDate.of(2025, 3, 15))
        .build();
  }

  @Test
  void an_unknown_refusal_is_absent() {
    RefusalRepository repo = newRepository();
    assertThat(repo.findById(new RefusalId(new UUID(0, 7))).isEmpty()).isTrue();
    assertThat(repo.findByProviderAndYear(PROVIDER, 2025).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(ObligationGen.refusals()).checkAssert(refusal -> {
      RefusalRepository repo = newRepository();
      Refusal saved = Results.right(repo.save(refusal));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(refusal);
      assertThat(repo.findById(refusal.id()).get()).isEqualTo(saved);
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    RefusalRepository repo = newRepository();
    Refusal first = Results.right(repo.save(example()));
    Refusal second = Results.right(repo.save(first.withReason(RefusalReason.NO_CAPACITY)));
    assertThat(second.version()).isEqualTo(2);

    assertThat(repo.save(example()).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.save(first.withReason(RefusalReason.UNSAFE_SITUATION)).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.findById(first.id()).get()).isEqualTo(second);
  }

  @Test
  void a_providers_refusals_of_a_year_are_those_dated_in_it_by_date_then_id() {
    qt().withExamples(50).forAll(lists().of(ObligationGen.refusals()).ofSizeBetween(0, 12), ObligationGen.providers(),
        ObligationGen.years()).checkAssert((raw, provider, year) -> {
          RefusalRepository repo = newRepository();
          List<Refusal> saved = List.ofAll(raw).distinctBy(Refusal::id).map(r -> Results.right(repo.save(r)));
          List<Refusal> expected = saved
              .filter(r -> r.provider().equals(provider) && r.refusedOn().getYear() == year)
              .sorted(Comparator.comparing(Refusal::refusedOn).thenComparing(r -> r.id().value().toString()));
          assertThat(repo.findByProviderAndYear(provider, year).toJavaList()).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void refusals_on_the_first_and_last_day_of_a_year_belong_to_it() {
    RefusalRepository repo = newRepository();
    Refusal newYear = Results.right(repo.save(example().withRefusedOn(LocalDate.of(2025, 1, 1))));
    Refusal newYearsEve = Results.right(repo.save(example().withId(new RefusalId(new UUID(0, 8)))
        .withRefusedOn(LocalDate.of(2025, 12, 31))));
    Results.right(repo.save(example().withId(new RefusalId(new UUID(0, 9))).withRefusedOn(LocalDate.of(2024, 12, 31))));
    Results.right(repo.save(example().withId(new RefusalId(new UUID(0, 10))).withRefusedOn(LocalDate.of(2026, 1, 1))));
    assertThat(repo.findByProviderAndYear(PROVIDER, 2025).toJavaList()).containsExactly(newYear, newYearsEve);
  }
}
