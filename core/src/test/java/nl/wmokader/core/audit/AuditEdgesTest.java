package nl.wmokader.core.audit;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.audit.application.AccessRecorder;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.AuditVerification;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryQuery;
import nl.wmokader.core.audit.port.in.QueryAuditTrailQuery;
import nl.wmokader.core.audit.port.in.RecordAccessUseCase;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's services at their edges: a search names only the clients it shows, incomplete
 * questions name what is missing, an empty batch records nothing, and a chain longer than one
 * page of the verifier is verified whole.
 */
class AuditEdgesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final DateRange TODAY_ONLY = DateRange.of(TODAY, TODAY);
  private static final Bsn CLIENT = AuditGen.CLIENTS.get(0);
  private static final Bsn OTHER = AuditGen.CLIENTS.get(1);
  private static final Bsn THIRD = AuditGen.CLIENTS.get(2);
  private static final Actor BERNHEZE = Actor.municipality(AuditGen.BERNHEZE).as("jan");

  private final MutableClock clock = new MutableClock(TODAY);
  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).access(AccessPolicy.standard())
      .build();
  private final InMemoryAuditTrail trail = adapters.auditTrail();

  private static AuditRecord read(Seq<Bsn> clients) {
    return AuditRecord.ofClients(Instant.parse("2026-03-02T08:00:00Z"), BERNHEZE, clients, AuditAction.READ, "claim",
        "c-1", AuditOutcome.ALLOWED);
  }

  private Seq<AuditRecord> all() {
    return trail.search(AuditSearch.of(TODAY_ONLY), new PageRequest(0, PageRequest.MAX_SIZE)).items()
        .map(AuditEntry::record);
  }

  @Test
  void a_search_records_the_clients_of_the_entries_it_shows_one_each_never_those_of_a_many_client_entry() {
    trail.append(List.of(read(List.of(CLIENT)), read(List.of(OTHER, THIRD))));
    right(wmo.audit().queryAuditTrail().queryAuditTrail(Actor.region(),
        new QueryAuditTrailQuery(AuditSearch.of(TODAY_ONLY), PageRequest.first())));
    AuditRecord search = all().filter(r -> r.resource().equals("audit-trail")).last();
    assertThat(search.outcome()).isEqualTo(AuditOutcome.ALLOWED);
    assertThat(search.clients()).containsExactly(CLIENT);
  }

  @Test
  void an_incomplete_question_names_what_is_missing() {
    var query = wmo.audit().queryAuditTrail();
    assertThat(left(query.queryAuditTrail(Actor.region(), null), InvalidInput.class).errors().map(e -> e.field()))
        .containsExactly("query");
    assertThat(left(query.queryAuditTrail(Actor.region(), new QueryAuditTrailQuery(null, PageRequest.first())),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("search");
    assertThat(left(query.queryAuditTrail(Actor.region(), new QueryAuditTrailQuery(AuditSearch.of(TODAY_ONLY), null)),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("page");
    var history = wmo.audit().clientAccessHistory();
    assertThat(left(history.clientAccessHistory(Actor.region(), null), InvalidInput.class).errors().map(e -> e.field()))
        .containsExactly("query");
    assertThat(left(history.clientAccessHistory(Actor.region(), new ClientAccessHistoryQuery(null, PageRequest.first())),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("client");
    assertThat(left(history.clientAccessHistory(Actor.region(), new ClientAccessHistoryQuery(CLIENT, null)),
        InvalidInput.class).errors().map(e -> e.field())).containsExactly("page");
  }

  @Test
  void an_empty_batch_records_nothing_and_a_change_is_recorded_with_it() {
    RecordAccessUseCase records = new AccessRecorder(trail, clock);
    records.allowed(BERNHEZE, AuditAction.READ, "claim", List.empty());
    assertThat(all()).isEmpty();
    Either<nl.wmokader.core.shared.DomainError, String> changed = records.changing(BERNHEZE,
        List.of(new RecordAccessUseCase.Change(AuditAction.CHANGE, "assignment", "a-1", List.of(CLIENT))),
        () -> Either.right("stored"));
    assertThat(changed).isEqualTo(Either.right("stored"));
    assertThat(all()).singleElement().satisfies(r -> {
      assertThat(r.action()).isEqualTo(AuditAction.CHANGE);
      assertThat(r.clients()).containsExactly(CLIENT);
    });
  }

  @Test
  void a_chain_longer_than_a_page_of_the_verifier_is_verified_whole() {
    int n = 2_345;
    trail.append(List.fill(n, () -> read(List.of(CLIENT))));
    AuditVerification verification = right(wmo.audit().verifyAuditTrail().verifyAuditTrail(Actor.region(), TODAY_ONLY));
    assertThat(verification.clean()).isTrue();
    assertThat(verification.entries()).isEqualTo(n);
  }
}
