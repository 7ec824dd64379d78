package nl.wmokader.core.indication.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.IndicationGen;
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.IntakeDeadlines;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The contract of {@link IndicationRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class IndicationRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract IndicationRepository newRepository();

  /** The port's list order, stated independently of any adapter. */
  private static final Comparator<Indication> ORDER =
      Comparator.comparing(Indication::reportedOn).thenComparing(i -> i.id().value().toString());

  /** Few report dates, so that the order by id is exercised too. */
  private static final Gen<LocalDate> FEW_DATES =
      SourceDSL.integers().between(0, 3).map(d -> LocalDate.of(2025, 3, 3).plusDays(d));

  @Test
  void an_unknown_id_is_absent() {
    assertThat(newRepository().findById(new IndicationId(new UUID(0, 42))).isEmpty()).isTrue();
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(80).forAll(IndicationGen.indications()).checkAssert(indication -> {
      IndicationRepository repo = newRepository();
      Indication saved = Results.right(repo.save(indication));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(indication);
      assertThat(repo.findById(indication.id()).get()).isEqualTo(saved);
    });
  }

  @Test
  void a_case_with_every_optional_part_round_trips() {
    IndicationRepository repo = newRepository();
    Indication full = full();
    Indication saved = Results.right(repo.save(full));
    assertThat(repo.findById(full.id()).get()).isEqualTo(saved);
    assertThat(saved.withVersion(0)).isEqualTo(full);
  }

  @Test
  void an_update_replaces_every_part() {
    qt().withExamples(50).forAll(IndicationGen.indications(), IndicationGen.indications()).checkAssert((a, b) -> {
      IndicationRepository repo = newRepository();
      Indication first = Results.right(repo.save(a));
      Indication second = Indication.copyOf(b).withId(a.id()).withVersion(first.version());
      Indication stored = Results.right(repo.save(second));
      assertThat(stored.version()).isEqualTo(2);
      assertThat(repo.findById(a.id()).get()).isEqualTo(stored);
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    IndicationRepository repo = newRepository();
    Indication reported = reported();
    Indication first = Results.right(repo.save(reported));
    Indication assessed = Results.right(repo.save(first.completeAssessment(first.reportedOn().plusDays(3)).get()));

    var stale = repo.save(first.completeAssessment(first.reportedOn().plusDays(9)).get());
    assertThat(stale.getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.findById(reported.id()).get()).isEqualTo(assessed);
    assertThat(repo.findById(reported.id()).get().version()).isEqualTo(2);
  }

  @Test
  void saving_a_new_case_over_a_stored_one_is_a_conflict() {
    IndicationRepository repo = newRepository();
    Indication reported = reported();
    Indication stored = Results.right(repo.save(reported));
    assertThat(repo.save(reported).getLeft()).isInstanceOf(CommonError.StaleVersion.class);
    assertThat(repo.findById(reported.id()).get()).isEqualTo(stored);
  }

  @Test
  void find_by_client_finds_exactly_the_clients_cases() {
    qt().withExamples(50).forAll(cases(12), IndicationGen.fewClients()).checkAssert((cases, client) -> {
      IndicationRepository repo = newRepository();
      Seq<Indication> stored = cases.map(c -> Results.right(repo.save(c)));
      assertThat(repo.findByClient(client).toJavaList())
          .containsExactlyInAnyOrderElementsOf(stored.filter(i -> i.client().equals(client)));
    });
  }

  @Test
  void find_visible_to_pages_the_scoped_cases_in_order() {
    qt().withExamples(50).forAll(cases(20), scopes(), integers().between(0, 3), integers().between(1, 7))
        .checkAssert((cases, scope, page, size) -> {
          IndicationRepository repo = newRepository();
          Seq<Indication> stored = cases.map(c -> Results.right(repo.save(c)));
          PageRequest request = new PageRequest(page, size);
          Page<Indication> expected = Page.of(inScope(stored, scope).sorted(ORDER), request);
          Page<Indication> actual = repo.findVisibleTo(scope, request);
          assertThat(actual.total()).isEqualTo(expected.total());
          assertThat(actual.items().toJavaList()).containsExactlyElementsOf(expected.items());
          assertThat(actual.request()).isEqualTo(request);
        });
  }

  @Test
  void find_open_finds_the_scoped_cases_not_done() {
    qt().withExamples(50).forAll(cases(20), scopes()).checkAssert((cases, scope) -> {
      IndicationRepository repo = newRepository();
      Seq<Indication> stored = cases.map(c -> Results.right(repo.save(c)));
      Seq<Indication> expected = inScope(stored, scope)
          .filter(i -> i.decision().isEmpty() || (i.objection().isDefined() && i.objection().get().outcome().isEmpty()))
          .sorted(ORDER);
      assertThat(repo.findOpen(scope).toJavaList()).containsExactlyElementsOf(expected);
    });
  }

  private static Seq<Indication> inScope(Seq<Indication> all, Option<MunicipalityCode> scope) {
    return all.filter(i -> scope.isEmpty()
        || i.responsibleMunicipality().equals(scope.get()) || i.attributedTo().equals(scope));
  }

  private static Gen<Option<MunicipalityCode>> scopes() {
    return Generate.oneOf(Generate.constant(Option.<MunicipalityCode>none()), SharedGen.members().map(Option::some));
  }

  /** Up to {@code max} cases with distinct ids, of a few clients, reported on a few dates. */
  private static Gen<Seq<Indication>> cases(int max) {
    return SourceDSL.lists().of(IndicationGen.indications(FEW_DATES).zip(IndicationGen.fewClients(), Indication::withClient))
        .ofSizeBetween(0, max)
        .map(l -> List.ofAll(l).distinctBy(Indication::id));
  }

  private static Indication reported() {
    return Indication.reported(new IndicationId(new UUID(7, 7)), IndicationGen.client(0),
        MunicipalityCode.of("1721"), Option.none(), LocalDate.of(2025, 2, 3));
  }

  /** A central shelter case with every optional part: attribution, a full grant, a decided late objection. */
  private static Indication full() {
    IntakeDeadlines deadlines = IntakeDeadlines.reference();
    LocalDate reported = LocalDate.of(2025, 1, 6);
    Grant grant = Grant.builder()
        .category(ProductCategory.SHELTERED_HOUSING)
        .product(Option.some(ProductCode.of("15B01")))
        .form(DeliveryForm.PERSONAL_BUDGET)
        .volume(new Volume(7, Unit.DAY_AND_NIGHT, Frequency.PER_WEEK))
        .validity(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31)))
        .goals(List.of("Veilig onderdak", "Één stap naar zelfstandig wonen — met 'aanhalingstekens'"))
        .evaluationDate(LocalDate.of(2025, 8, 1))
        .build();
    return Indication.reported(new IndicationId(UUID.fromString("f0000000-0000-0000-8000-000000000001")),
            IndicationGen.client(1),
            IndicationGen.CENTRAL, Option.some(MunicipalityCode.of("1982")), reported)
        .completeAssessment(reported.plusDays(20)).get()
        .submitApplication(reported.plusDays(22), deadlines).get()
        .decide(Decision.granted(reported.plusDays(30), grant)).get()
        .fileObjection(reported.plusDays(30 + 60), deadlines).get()
        .decideObjection(ObjectionOutcome.DISMISSED, reported.plusDays(150)).get();
  }
}
