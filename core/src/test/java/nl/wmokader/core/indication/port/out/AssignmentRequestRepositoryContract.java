package nl.wmokader.core.indication.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.indication.AssignmentRequestGen;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;

/** The contract of {@link AssignmentRequestRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class AssignmentRequestRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract AssignmentRequestRepository newRepository();

  private static AssignmentRequest store(AssignmentRequestRepository repo, AssignmentRequest r) {
    AssignmentRequest saved = Results.right(repo.save(r));
    assertThat(saved).isEqualTo(r.withVersion(r.version() + 1));
    return saved;
  }

  /** Distinct ids and references: what a batch of stored requests has. */
  private static List<AssignmentRequest> distinct(java.util.List<AssignmentRequest> generated) {
    return List.ofAll(generated).distinctBy(AssignmentRequest::id).distinctBy(r -> List.of(r.provider(), r.reference()));
  }

  @Test
  void an_empty_store_knows_no_requests() {
    AssignmentRequestRepository repo = newRepository();
    assertThat(repo.findById(AssignmentRequestGen.requestId(1)).isEmpty()).isTrue();
    assertThat(repo.findPage(AssignmentRequestFilter.all(), PageRequest.first()).total()).isZero();
  }

  @Test
  void requests_of_every_kind_and_state_keep_every_field() {
    qt().withExamples(60).forAll(AssignmentRequestGen.any()).checkAssert(r -> {
      AssignmentRequestRepository repo = newRepository();
      assertThat(repo.findById(store(repo, r).id())).containsExactly(r.withVersion(1));
    });
  }

  @Test
  void an_answer_is_stored_over_the_open_request_and_a_stale_version_changes_nothing() {
    AssignmentRequestRepository repo = newRepository();
    AssignmentRequest open = store(repo, AssignmentRequestGen.example(1));
    LocalDate on = open.receivedOn().plusDays(3);
    AssignmentRequest refused = store(repo, open.refuse(RequestRefusalReason.STACKING, on).get());
    assertThat(refused.version()).isEqualTo(2);
    Results.left(repo.save(open.grant(new AssignmentId(new UUID(9, 9)), on).get()), CommonError.StaleVersion.class);
    Results.left(repo.save(refused.withVersion(7)), CommonError.StaleVersion.class);
    AssignmentRequest unknown = AssignmentRequestGen.example(2).withVersion(1);
    Results.left(repo.save(unknown), CommonError.StaleVersion.class);
    assertThat(repo.findById(open.id())).containsExactly(refused);
    assertThat(repo.findPage(AssignmentRequestFilter.all(), PageRequest.first()).items()).containsExactly(refused);
  }

  @Test
  void a_reference_is_unique_per_provider_not_across_providers() {
    AssignmentRequestRepository repo = newRepository();
    AssignmentRequest first = store(repo, AssignmentRequestGen.example(1));
    AssignmentRequest sameReference = first.withId(AssignmentRequestGen.requestId(2_000_001)).withVersion(0);
    Results.left(repo.save(sameReference), CommonError.Duplicate.class);
    AgbCode other = AssignmentRequestGen.PROVIDERS.find(p -> !p.equals(first.provider())).get();
    store(repo, sameReference.withProvider(other));
    assertThat(repo.findPage(AssignmentRequestFilter.all(), PageRequest.first()).total()).isEqualTo(2);
  }

  @Test
  void a_filter_answers_the_matching_requests_in_order_page_by_page() {
    qt().withExamples(30).forAll(lists().of(AssignmentRequestGen.any()).ofSizeBetween(0, 12)).checkAssert(generated -> {
      AssignmentRequestRepository repo = newRepository();
      List<AssignmentRequest> stored = distinct(generated).map(r -> store(repo, r));
      List<AssignmentRequestFilter> filters = List.of(AssignmentRequestFilter.all());
      for (MunicipalityCode m : AssignmentRequestGen.MUNICIPALITIES) {
        filters = filters.append(AssignmentRequestFilter.all().withMunicipality(m));
      }
      for (AgbCode p : AssignmentRequestGen.PROVIDERS) {
        filters = filters.append(AssignmentRequestFilter.all().withProvider(p));
        filters = filters.append(AssignmentRequestFilter.all().withProvider(p).withStatus(AssignmentRequestStatus.REFUSED));
      }
      for (AssignmentRequest r : stored.take(2)) {
        filters = filters.append(AssignmentRequestFilter.all().withProvider(r.provider()).withReference(r.reference()));
      }
      filters = filters.append(AssignmentRequestFilter.all().withReference(ProviderReference.of("nowhere")));
      for (AssignmentRequestFilter f : filters) {
        List<AssignmentRequest> expected = stored.filter(f::matches).sorted(AssignmentRequestRepository.ORDER);
        Page<AssignmentRequest> first = repo.findPage(f, new PageRequest(0, 3));
        Page<AssignmentRequest> second = repo.findPage(f, new PageRequest(1, 3));
        assertThat(first.total()).isEqualTo(expected.size());
        assertThat(first.items().appendAll(second.items())).containsExactlyElementsOf(expected.take(6));
      }
    });
  }
}
