package nl.wmokader.core.supervision.port.out;

import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.DAY;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.OTHER_PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.OSS;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.investigation;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.investigationId;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.onSignals;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.signalId;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link InvestigationRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class InvestigationRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract InvestigationRepository newRepository();

  private static Investigation store(InvestigationRepository repo, Investigation i) {
    Investigation saved = Results.right(repo.save(i));
    assertThat(saved).isEqualTo(i.withVersion(i.version() + 1));
    return saved;
  }

  @Test
  void an_empty_store_knows_no_investigations() {
    InvestigationRepository repo = newRepository();
    assertThat(repo.findById(investigationId(1)).isEmpty()).isTrue();
    assertThat(repo.find(Option.none()).isEmpty()).isTrue();
    assertThat(repo.find(Option.some(PROVIDER)).isEmpty()).isTrue();
  }

  @Test
  void investigations_in_every_status_with_either_trigger_keep_every_field() {
    InvestigationRepository repo = newRepository();
    int n = 0;
    for (InvestigationStatus status : InvestigationStatus.values()) {
      for (int variant = 0; variant < 2; variant++) {
        InvestigationTrigger trigger = variant == 0 ? new InvestigationTrigger.Proactive() : onSignals(100 + n);
        Investigation i = investigation(n++, PROVIDER, trigger, DAY, status, variant);
        assertThat(repo.findById(store(repo, i).id())).as(status + "/" + variant).containsExactly(i.withVersion(1));
      }
    }
    assertThat(repo.find(Option.none())).hasSize(2 * InvestigationStatus.values().length);
  }

  @Test
  void every_outcome_kind_comes_back_in_its_order_and_followed_up_points_keep_their_day() {
    InvestigationRepository repo = newRepository();
    Investigation closed = investigation(1, PROVIDER, onSignals(1), DAY, InvestigationStatus.CLOSED, 1);
    assertThat(closed.outcomes()).hasSize(10);
    assertThat(closed.improvementPoints().map(p -> p.followedUpOn().isDefined())).containsExactly(true, true);
    Investigation found = repo.findById(store(repo, closed).id()).get();
    assertThat(found.outcomes()).containsExactlyElementsOf(closed.outcomes());
    assertThat(found.outcomes().get(7)).isEqualTo(closed.outcomes().get(7));
    assertThat(((Outcome.Recovery) found.outcomes().get(7)).parts()).hasSize(3);
    assertThat(found.findings()).containsExactlyElementsOf(closed.findings());
    assertThat(found.informed()).containsExactlyElementsOf(closed.informed());
    assertThat(found).isEqualTo(closed.withVersion(1));
  }

  @Test
  void the_trigger_names_its_signals_in_their_order() {
    InvestigationRepository repo = newRepository();
    Investigation i = investigation(1, PROVIDER,
        new InvestigationTrigger.SignalDriven(List.of(signalId(9), signalId(2), signalId(5), signalId(1))), DAY,
        InvestigationStatus.OPENED, 0);
    assertThat(repo.findById(store(repo, i).id())).containsExactly(i.withVersion(1));
  }

  @Test
  void each_step_replaces_the_stored_findings_and_outcomes() {
    InvestigationRepository repo = newRepository();
    Investigation i = store(repo, investigation(1, PROVIDER, onSignals(1), DAY, InvestigationStatus.INVESTIGATING, 1));
    Finding revised = new Finding("K04", "Deskundig personeel", Verdict.MEETS, "Registraties aangevuld");
    i = store(repo, Results.right(i.recordFinding(revised)));
    i = store(repo, Results.right(i.draftReport(DAY.plusDays(10))));
    i = store(repo, Results.right(i.requestProviderResponse(DAY.plusDays(10), DAY.plusDays(20))));
    i = store(repo, Results.right(i.finalReport(DAY.plusDays(21))));
    i = store(repo, Results.right(i.addOutcome(Outcome.ImprovementPoint.open("Dossiers op orde", DAY.plusDays(60)),
        DAY.plusDays(21))));
    i = store(repo, Results.right(i.inform(List.of(OSS), DAY.plusDays(22))));
    i = store(repo, Results.right(i.startFollowUp(DAY.plusDays(23))));
    i = store(repo, Results.right(i.followUp(0, DAY.plusDays(61))));
    i = store(repo, Results.right(i.close(DAY.plusDays(62))));
    assertThat(i.version()).isEqualTo(10);
    assertThat(i.findings().map(Finding::normCode)).containsExactly("K01", "K04");
    assertThat(repo.findById(i.id())).containsExactly(i);
    assertThat(repo.find(Option.some(PROVIDER))).containsExactly(i);
  }

  @Test
  void a_stale_version_is_refused_and_changes_nothing() {
    InvestigationRepository repo = newRepository();
    Investigation first = store(repo, investigation(1, PROVIDER, onSignals(1), DAY, InvestigationStatus.FINAL_REPORT, 1));
    Investigation second = store(repo, Results.right(first.startFollowUp(DAY.plusDays(30))));

    Results.left(repo.save(first), CommonError.StaleVersion.class);
    Results.left(repo.save(Results.right(first.addOutcome(new Outcome.FraudReport("Politie"), DAY.plusDays(30)))),
        CommonError.StaleVersion.class);
    Investigation other = Results.right(second.followUp(0, DAY.plusDays(31)));
    Results.left(repo.save(other.withVersion(0)), CommonError.StaleVersion.class);
    Results.left(repo.save(other.withVersion(5)), CommonError.StaleVersion.class);
    assertThat(repo.findById(first.id())).containsExactly(second);

    Investigation unknown = investigation(2, PROVIDER, onSignals(3), DAY, InvestigationStatus.CLOSED, 1).withVersion(1);
    Results.left(repo.save(unknown), CommonError.StaleVersion.class);
    assertThat(repo.findById(unknown.id()).isEmpty()).isTrue();
    assertThat(repo.find(Option.none())).containsExactly(second);
  }

  @Test
  void find_answers_a_providers_investigations_or_all_in_order_with_their_details() {
    qt().withExamples(30).forAll(SupervisionStoreFixture.batches(6, SupervisionStoreFixture::investigations))
        .checkAssert(investigations -> {
          InvestigationRepository repo = newRepository();
          List<Investigation> stored = investigations.map(i -> store(repo, i));
          assertThat(repo.find(Option.none()))
              .containsExactlyElementsOf(stored.sorted(InvestigationRepository.ORDER));
          for (AgbCode provider : SupervisionStoreFixture.PROVIDERS.append(AgbCode.of("98777777"))) {
            assertThat(repo.find(Option.some(provider))).containsExactlyElementsOf(
                stored.filter(i -> i.provider().equals(provider)).sorted(InvestigationRepository.ORDER));
          }
          stored.forEach(i -> assertThat(repo.findById(i.id())).containsExactly(i));
        });
  }

  @Test
  void investigations_opened_on_one_day_come_in_the_order_of_their_identifiers() {
    InvestigationRepository repo = newRepository();
    Investigation b = store(repo, investigation(0xb, OTHER_PROVIDER, onSignals(1), DAY, InvestigationStatus.OPENED, 0));
    Investigation a = store(repo, investigation(0xa, PROVIDER, new InvestigationTrigger.Proactive(), DAY,
        InvestigationStatus.FOLLOW_UP, 1));
    Investigation earlier = store(repo, investigation(0xc, PROVIDER, onSignals(2), DAY.minusDays(1),
        InvestigationStatus.CLOSED, 0));
    assertThat(repo.find(Option.none())).containsExactly(earlier, a, b);
    assertThat(repo.find(Option.some(PROVIDER))).containsExactly(earlier, a);
  }
}
