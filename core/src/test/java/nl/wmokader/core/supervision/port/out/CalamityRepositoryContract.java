package nl.wmokader.core.supervision.port.out;

import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.DAY;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.OTHER_PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.calamity;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.calamityId;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.supervision.domain.Calamity;
import nl.wmokader.core.supervision.domain.CalamityStatus;
import nl.wmokader.core.supervision.domain.IncidentKind;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link CalamityRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class CalamityRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract CalamityRepository newRepository();

  private static Calamity store(CalamityRepository repo, Calamity c) {
    Calamity saved = Results.right(repo.save(c));
    assertThat(saved).isEqualTo(c.withVersion(c.version() + 1));
    return saved;
  }

  @Test
  void an_empty_store_knows_no_calamities() {
    CalamityRepository repo = newRepository();
    assertThat(repo.findById(calamityId(1)).isEmpty()).isTrue();
    assertThat(repo.find(Option.none()).isEmpty()).isTrue();
    assertThat(repo.find(Option.some(PROVIDER)).isEmpty()).isTrue();
  }

  @Test
  void calamities_in_every_status_keep_every_field() {
    CalamityRepository repo = newRepository();
    for (CalamityStatus status : CalamityStatus.values()) {
      Calamity c = calamity(status.ordinal(), PROVIDER, DAY, status);
      assertThat(repo.findById(store(repo, c).id())).containsExactly(c.withVersion(1));
    }
    Calamity longest = new Calamity(calamityId(9), AgbCode.of("98999999"), IncidentKind.VIOLENCE_INCIDENT, DAY,
        DAY.plusDays(30), "s".repeat(Calamity.MAX_TEXT_LENGTH), CalamityStatus.FOLLOWED_UP,
        Option.some("ë".repeat(Calamity.MAX_TEXT_LENGTH)), Option.some("f".repeat(Calamity.MAX_TEXT_LENGTH)),
        DAY.plusYears(2), 0);
    assertThat(repo.findById(store(repo, longest).id())).containsExactly(longest.withVersion(1));
  }

  @Test
  void each_step_is_stored_over_the_last() {
    CalamityRepository repo = newRepository();
    Calamity c = store(repo, calamity(1, PROVIDER, DAY, CalamityStatus.REPORTED));
    c = store(repo, Results.right(c.ggdStarts(DAY.plusDays(1))));
    c = store(repo, Results.right(c.ggdConcludes("Geen structureel tekort", DAY.plusDays(9))));
    c = store(repo, Results.right(c.followUp("Besproken met de aanbieder", DAY.plusDays(10))));
    assertThat(c.version()).isEqualTo(4);
    assertThat(repo.findById(c.id())).containsExactly(c);
    assertThat(repo.find(Option.some(PROVIDER))).containsExactly(c);
  }

  @Test
  void a_stale_version_is_refused_and_changes_nothing() {
    CalamityRepository repo = newRepository();
    Calamity first = store(repo, calamity(1, PROVIDER, DAY, CalamityStatus.REPORTED));
    Calamity second = store(repo, Results.right(first.ggdStarts(DAY.plusDays(2))));

    Results.left(repo.save(first), CommonError.StaleVersion.class);
    Results.left(repo.save(Results.right(first.ggdStarts(DAY.plusDays(5)))), CommonError.StaleVersion.class);
    Results.left(repo.save(second.withVersion(0)), CommonError.StaleVersion.class);
    Results.left(repo.save(second.withVersion(3)), CommonError.StaleVersion.class);
    assertThat(repo.findById(first.id())).containsExactly(second);

    Calamity unknown = calamity(2, PROVIDER, DAY, CalamityStatus.CONCLUDED).withVersion(2);
    Results.left(repo.save(unknown), CommonError.StaleVersion.class);
    assertThat(repo.findById(unknown.id()).isEmpty()).isTrue();
    assertThat(repo.find(Option.none())).containsExactly(second);
  }

  @Test
  void find_answers_a_providers_calamities_or_all_in_order() {
    qt().withExamples(40).forAll(SupervisionStoreFixture.batches(8, SupervisionStoreFixture::calamities))
        .checkAssert(calamities -> {
          CalamityRepository repo = newRepository();
          List<Calamity> stored = calamities.map(c -> store(repo, c));
          assertThat(repo.find(Option.none())).containsExactlyElementsOf(stored.sorted(CalamityRepository.ORDER));
          for (AgbCode provider : SupervisionStoreFixture.PROVIDERS.append(AgbCode.of("98777777"))) {
            assertThat(repo.find(Option.some(provider))).containsExactlyElementsOf(
                stored.filter(c -> c.provider().equals(provider)).sorted(CalamityRepository.ORDER));
          }
          stored.forEach(c -> assertThat(repo.findById(c.id())).containsExactly(c));
        });
  }

  @Test
  void calamities_of_one_day_come_in_the_order_of_their_identifiers() {
    CalamityRepository repo = newRepository();
    Calamity b = store(repo, calamity(0xb, OTHER_PROVIDER, DAY, CalamityStatus.REPORTED));
    Calamity a = store(repo, calamity(0xa, PROVIDER, DAY, CalamityStatus.FOLLOWED_UP));
    Calamity earlier = store(repo, calamity(0xc, PROVIDER, DAY.minusDays(1), CalamityStatus.CONCLUDED));
    assertThat(repo.find(Option.none())).containsExactly(earlier, a, b);
    assertThat(repo.find(Option.some(PROVIDER))).containsExactly(earlier, a);
  }
}
