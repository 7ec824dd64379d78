package nl.wmokader.core.supervision.port.out;

import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.DAY;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.OTHER_PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.PROVIDER;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.signal;
import static nl.wmokader.core.supervision.port.out.SupervisionStoreFixture.signalId;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.Signal;
import nl.wmokader.core.supervision.domain.SignalSeverity;
import nl.wmokader.core.supervision.domain.SignalSource;
import nl.wmokader.core.supervision.domain.SignalStatus;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link SignalRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class SignalRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract SignalRepository newRepository();

  private static Signal store(SignalRepository repo, Signal s) {
    Signal saved = Results.right(repo.save(s));
    assertThat(saved).isEqualTo(s.withVersion(s.version() + 1));
    return saved;
  }

  @Test
  void an_empty_store_knows_no_signals() {
    SignalRepository repo = newRepository();
    assertThat(repo.findById(signalId(1)).isEmpty()).isTrue();
    assertThat(repo.find(Option.none()).isEmpty()).isTrue();
    assertThat(repo.find(Option.some(PROVIDER)).isEmpty()).isTrue();
  }

  @Test
  void signals_in_every_status_keep_every_field() {
    SignalRepository repo = newRepository();
    for (SignalStatus status : SignalStatus.values()) {
      Signal s = signal(status.ordinal(), PROVIDER, DAY, status);
      assertThat(repo.findById(store(repo, s).id())).containsExactly(s.withVersion(1));
    }
    Signal longest = new Signal(signalId(9), AgbCode.of("98999999"), SignalSource.WHISTLE_BLOWER,
        "é".repeat(Signal.MAX_TEXT_LENGTH), DAY, SignalSeverity.CRITICAL, SignalStatus.DISMISSED, Option.none(),
        Option.some("r".repeat(Signal.MAX_TEXT_LENGTH)), Option.some(DAY.plusYears(1)), 0);
    assertThat(repo.findById(store(repo, longest).id())).containsExactly(longest.withVersion(1));
  }

  @Test
  void a_decision_is_stored_over_the_open_signal() {
    SignalRepository repo = newRepository();
    Signal open = store(repo, signal(1, PROVIDER, DAY, SignalStatus.OPEN));
    Signal linked = store(repo, Results.right(open.linkTo(new InvestigationId(new java.util.UUID(3, 4)), DAY.plusDays(2))));
    assertThat(linked.version()).isEqualTo(2);
    assertThat(repo.findById(open.id())).containsExactly(linked);
    assertThat(repo.find(Option.none())).containsExactly(linked);
  }

  @Test
  void a_stale_version_is_refused_and_changes_nothing() {
    SignalRepository repo = newRepository();
    Signal first = store(repo, signal(1, PROVIDER, DAY, SignalStatus.OPEN));
    Signal second = store(repo, Results.right(first.dismiss("Dubbel gemeld", DAY)));

    Results.left(repo.save(first), CommonError.StaleVersion.class);
    Results.left(repo.save(Results.right(first.linkTo(new InvestigationId(new java.util.UUID(1, 1)), DAY))),
        CommonError.StaleVersion.class);
    Results.left(repo.save(second.withVersion(0)), CommonError.StaleVersion.class);
    Results.left(repo.save(second.withVersion(7)), CommonError.StaleVersion.class);
    assertThat(repo.findById(first.id())).containsExactly(second);

    Signal unknown = signal(2, PROVIDER, DAY, SignalStatus.OPEN).withVersion(1);
    Results.left(repo.save(unknown), CommonError.StaleVersion.class);
    assertThat(repo.findById(unknown.id()).isEmpty()).isTrue();
    assertThat(repo.find(Option.none())).containsExactly(second);
  }

  @Test
  void find_answers_a_providers_signals_or_all_in_order() {
    qt().withExamples(40).forAll(SupervisionStoreFixture.batches(8, SupervisionStoreFixture::signals))
        .checkAssert(signals -> {
          SignalRepository repo = newRepository();
          List<Signal> stored = signals.map(s -> store(repo, s));
          assertThat(repo.find(Option.none())).containsExactlyElementsOf(stored.sorted(SignalRepository.ORDER));
          for (AgbCode provider : SupervisionStoreFixture.PROVIDERS.append(AgbCode.of("98777777"))) {
            assertThat(repo.find(Option.some(provider))).containsExactlyElementsOf(
                stored.filter(s -> s.provider().equals(provider)).sorted(SignalRepository.ORDER));
          }
          stored.forEach(s -> assertThat(repo.findById(s.id())).containsExactly(s));
        });
  }

  @Test
  void same_day_signals_come_in_the_order_of_their_identifiers() {
    SignalRepository repo = newRepository();
    Signal b = store(repo, signal(0xb, OTHER_PROVIDER, DAY, SignalStatus.OPEN));
    Signal a = store(repo, signal(0xa, PROVIDER, DAY, SignalStatus.LINKED));
    Signal earlier = store(repo, signal(0xc, PROVIDER, DAY.minusDays(1), SignalStatus.DISMISSED));
    assertThat(repo.find(Option.none())).containsExactly(earlier, a, b);
    assertThat(repo.find(Option.some(PROVIDER))).containsExactly(earlier, a);
  }
}
