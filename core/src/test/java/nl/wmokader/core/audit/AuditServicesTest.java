package nl.wmokader.core.audit;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.AuditVerification;
import nl.wmokader.core.audit.port.in.ClientAccessHistoryQuery;
import nl.wmokader.core.audit.port.in.QueryAuditTrailQuery;
import nl.wmokader.core.inmemory.InMemoryAdapters;
import nl.wmokader.core.inmemory.InMemoryAuditTrail;
import nl.wmokader.core.shared.AccessPolicy;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InvalidInput;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.testing.MutableClock;
import nl.wmokader.core.testing.SequentialIds;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's use cases through the facade: who may verify, search and read a client's
 * history, and that every read of a client's entries, allowed or refused, is itself recorded.
 */
class AuditServicesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final DateRange TODAY_ONLY = DateRange.of(TODAY, TODAY);
  private static final Bsn CLIENT = AuditGen.CLIENTS.get(0);
  private static final Bsn OTHER = AuditGen.CLIENTS.get(1);
  private static final Actor BERNHEZE = Actor.municipality(AuditGen.BERNHEZE).as("jan");
  private static final Actor BOEKEL = Actor.municipality(AuditGen.BOEKEL).as("piet");
  private static final Actor PROVIDER = Actor.provider(AuditGen.PROVIDER).as("zorg");

  private final MutableClock clock = new MutableClock(TODAY);
  private final InMemoryAdapters adapters = new InMemoryAdapters();
  private final WmoKader wmo = adapters.builder().clock(clock).ids(new SequentialIds()).access(AccessPolicy.standard())
      .build();
  private final InMemoryAuditTrail trail = adapters.auditTrail();

  private static AuditRecord access(Actor actor, Bsn client, AuditOutcome outcome) {
    return AuditRecord.of(Instant.parse("2026-03-02T08:00:00Z"), actor, client, AuditAction.READ, "indication", "i-1",
        outcome);
  }

  /** The trail's own records of reads of it. */
  private Seq<AuditEntry> readsOfTheTrail() {
    return trail.search(AuditSearch.of(TODAY_ONLY), new PageRequest(0, PageRequest.MAX_SIZE)).items()
        .filter(e -> e.record().resource().equals("audit-trail"));
  }

  @Test
  void only_the_region_searches_the_trail_and_every_refusal_is_recorded() {
    trail.append(List.of(access(BERNHEZE, CLIENT, AuditOutcome.ALLOWED), access(BOEKEL, OTHER, AuditOutcome.ALLOWED)));
    QueryAuditTrailQuery query = new QueryAuditTrailQuery(AuditSearch.of(TODAY_ONLY), PageRequest.first());
    for (Actor refused : List.of(BERNHEZE, PROVIDER, Actor.supervisor())) {
      left(wmo.audit().queryAuditTrail().queryAuditTrail(refused, query), CommonError.Forbidden.class);
    }
    assertThat(readsOfTheTrail()).hasSize(3).allSatisfy(e -> {
      assertThat(e.record().outcome()).isEqualTo(AuditOutcome.REFUSED);
      assertThat(e.record().clients().isEmpty()).isTrue();
    });

    Actor officer = Actor.region().as("privacy officer");
    Page<AuditEntry> page = right(wmo.audit().queryAuditTrail().queryAuditTrail(officer,
        new QueryAuditTrailQuery(AuditSearch.of(TODAY_ONLY).byResource("indication"), PageRequest.first())));
    assertThat(page.items().map(e -> e.record().actor())).containsExactlyInAnyOrder(BERNHEZE, BOEKEL);
    Seq<AuditEntry> recorded = readsOfTheTrail().filter(e -> e.record().outcome() == AuditOutcome.ALLOWED);
    assertThat(recorded).as("one read of the trail, naming each client it showed").hasSize(1);
    assertThat(recorded.flatMap(e -> e.record().clients())).containsExactlyInAnyOrder(CLIENT, OTHER);
    assertThat(recorded).allSatisfy(e -> {
      assertThat(e.record().actor()).isEqualTo(officer);
      assertThat(e.record().action()).isEqualTo(AuditAction.READ);
      assertThat(e.record().at()).isEqualTo(clock.instant());
    });
  }

  @Test
  void a_search_that_shows_no_client_is_recorded_once_without_one() {
    right(wmo.audit().queryAuditTrail().queryAuditTrail(Actor.region(),
        new QueryAuditTrailQuery(AuditSearch.of(DateRange.of(TODAY.minusDays(9), TODAY.minusDays(1))), PageRequest.first())));
    assertThat(readsOfTheTrail()).singleElement().satisfies(e -> {
      assertThat(e.record().clients().isEmpty()).isTrue();
      assertThat(e.record().outcome()).isEqualTo(AuditOutcome.ALLOWED);
    });
  }

  @Test
  void the_region_reads_any_clients_history_which_records_the_read_before_answering() {
    trail.append(List.of(access(BOEKEL, CLIENT, AuditOutcome.ALLOWED), access(PROVIDER, CLIENT, AuditOutcome.REFUSED),
        access(BOEKEL, OTHER, AuditOutcome.ALLOWED)));
    Page<AuditEntry> history = right(wmo.audit().clientAccessHistory().clientAccessHistory(Actor.region(),
        new ClientAccessHistoryQuery(CLIENT, PageRequest.first())));
    assertThat(history.total()).isEqualTo(3);
    assertThat(history.items()).allSatisfy(e -> assertThat(e.record().clients()).containsExactly(CLIENT));
    // newest first: this very read heads its own answer
    assertThat(history.items().head().record().resource()).isEqualTo("audit-trail");
    assertThat(history.items().head().record().outcome()).isEqualTo(AuditOutcome.ALLOWED);
  }

  @Test
  void a_member_reads_the_history_of_a_client_it_served_itself_and_of_no_other() {
    trail.append(List.of(access(BERNHEZE, CLIENT, AuditOutcome.ALLOWED), access(BERNHEZE, OTHER, AuditOutcome.REFUSED),
        access(BOEKEL, OTHER, AuditOutcome.ALLOWED)));
    Actor colleague = Actor.municipality(AuditGen.BERNHEZE).as("another colleague");
    Page<AuditEntry> history = right(wmo.audit().clientAccessHistory().clientAccessHistory(colleague,
        new ClientAccessHistoryQuery(CLIENT, PageRequest.first())));
    assertThat(history.items().map(e -> e.record().actor())).contains(BERNHEZE, colleague);

    left(wmo.audit().clientAccessHistory().clientAccessHistory(colleague,
        new ClientAccessHistoryQuery(OTHER, PageRequest.first())), CommonError.NotFound.class);
    assertThat(trail.byClient(OTHER, PageRequest.first()).items().head().record())
        .satisfies(r -> {
          assertThat(r.actor()).isEqualTo(colleague);
          assertThat(r.resource()).isEqualTo("audit-trail");
          assertThat(r.outcome()).isEqualTo(AuditOutcome.REFUSED);
        });
  }

  @Test
  void providers_and_supervisors_may_not_read_a_history_and_the_refusal_names_the_client() {
    trail.append(List.of(access(PROVIDER, CLIENT, AuditOutcome.ALLOWED)));
    for (Actor refused : List.of(PROVIDER, Actor.supervisor())) {
      left(wmo.audit().clientAccessHistory().clientAccessHistory(refused,
          new ClientAccessHistoryQuery(CLIENT, PageRequest.first())), CommonError.Forbidden.class);
    }
    assertThat(readsOfTheTrail()).hasSize(2).allSatisfy(e -> {
      assertThat(e.record().clients()).containsExactly(CLIENT);
      assertThat(e.record().outcome()).isEqualTo(AuditOutcome.REFUSED);
    });
  }

  @Test
  void the_region_and_supervisors_verify_the_trail_and_no_one_else() {
    trail.append(List.of(access(BERNHEZE, CLIENT, AuditOutcome.ALLOWED), access(PROVIDER, OTHER, AuditOutcome.ALLOWED)));
    for (Actor allowed : List.of(Actor.region(), Actor.supervisor().as("inspector"))) {
      AuditVerification verification = right(wmo.audit().verifyAuditTrail().verifyAuditTrail(allowed, TODAY_ONLY));
      assertThat(verification.clean()).isTrue();
      assertThat(verification.chains()).isEqualTo(2);
      assertThat(verification.entries()).isEqualTo(2);
    }
    for (Actor refused : List.of(BERNHEZE, PROVIDER)) {
      left(wmo.audit().verifyAuditTrail().verifyAuditTrail(refused, TODAY_ONLY), CommonError.Forbidden.class);
    }
  }

  @Test
  void a_missing_period_query_or_page_is_invalid_input() {
    left(wmo.audit().verifyAuditTrail().verifyAuditTrail(Actor.region(), null), InvalidInput.class);
    left(wmo.audit().queryAuditTrail().queryAuditTrail(Actor.region(), null), InvalidInput.class);
    left(wmo.audit().queryAuditTrail().queryAuditTrail(Actor.region(), new QueryAuditTrailQuery(null, PageRequest.first())),
        InvalidInput.class);
    left(wmo.audit().clientAccessHistory().clientAccessHistory(Actor.region(), new ClientAccessHistoryQuery(null,
        PageRequest.first())), InvalidInput.class);
    left(wmo.audit().clientAccessHistory().clientAccessHistory(Actor.region(), new ClientAccessHistoryQuery(CLIENT,
        null)), InvalidInput.class);
  }
}
