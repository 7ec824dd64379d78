package nl.wmokader.core.obligations.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.obligations.ObligationGen;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.obligations.port.out.QualityDeclarationRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link QualityDeclarationRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class QualityDeclarationRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract QualityDeclarationRepository newRepository();

  private static final AgbCode PROVIDER = AgbCode.of("98000001");

  private static QualityDeclaration example() {
    return QualityDeclaration.builder()
        .provider(PROVIDER)
        .year(2025)
        .statement(Option.some("Voldaan aan het regionale kwaliteitskader Wmo; zie jaarverslag §3"))
        .declaredOn(LocalDate.of(2026, 2, 10))
        .build();
  }

  @Test
  void an_unknown_declaration_is_absent() {
    assertThat(newRepository().find(PROVIDER, 2025).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(60).forAll(ObligationGen.declarations()).checkAssert(declaration -> {
      QualityDeclarationRepository repo = newRepository();
      QualityDeclaration saved = Results.right(repo.save(declaration));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(declaration);
      assertThat(repo.find(declaration.provider(), declaration.year()).get()).isEqualTo(saved);
    });
  }

  @Test
  void declaring_again_replaces_the_stored_declaration_of_its_version() {
    QualityDeclarationRepository repo = newRepository();
    QualityDeclaration first = Results.right(repo.save(example()));
    QualityDeclaration second = Results.right(repo.save(first.withStatement(Option.none())
        .withDeclaredOn(LocalDate.of(2026, 3, 31))));
    assertThat(second.version()).isEqualTo(2);
    assertThat(repo.find(PROVIDER, 2025).get()).isEqualTo(second);
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    QualityDeclarationRepository repo = newRepository();
    QualityDeclaration first = Results.right(repo.save(example()));
    QualityDeclaration second = Results.right(repo.save(first.withDeclaredOn(LocalDate.of(2026, 3, 1))));

    assertThat(repo.save(example()).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.save(first.withStatement(Option.none())).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.find(PROVIDER, 2025).get()).isEqualTo(second);
  }

  @Test
  void declarations_are_kept_apart_by_provider_and_year() {
    qt().withExamples(50).forAll(lists().of(ObligationGen.declarations()).ofSizeBetween(0, 10)).checkAssert(raw -> {
      QualityDeclarationRepository repo = newRepository();
      List<QualityDeclaration> saved = List.ofAll(raw)
          .distinctBy(d -> List.of(d.provider(), d.year()))
          .map(d -> Results.right(repo.save(d)));
      for (QualityDeclaration d : saved) {
        assertThat(repo.find(d.provider(), d.year()).get()).isEqualTo(d);
      }
      for (QualityDeclaration d : List.ofAll(raw)) {
        assertThat(repo.find(d.provider(), d.year() + 20).isEmpty()).isTrue();
      }
    });
  }
}
