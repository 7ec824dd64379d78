package nl.wmokader.core.monitoring.port.out;

import static nl.wmokader.core.testing.Results.left;
import static nl.wmokader.core.testing.Results.right;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.monitoring.MonitoringGen;
import nl.wmokader.core.monitoring.domain.AgeBand;
import nl.wmokader.core.monitoring.domain.Agreement;
import nl.wmokader.core.monitoring.domain.Answers;
import nl.wmokader.core.monitoring.domain.Invitation;
import nl.wmokader.core.monitoring.domain.InvitationId;
import nl.wmokader.core.monitoring.domain.InvitationSource;
import nl.wmokader.core.monitoring.domain.Occasion;
import nl.wmokader.core.monitoring.domain.Profile;
import nl.wmokader.core.monitoring.domain.Questionnaire;
import nl.wmokader.core.monitoring.domain.Response;
import nl.wmokader.core.monitoring.domain.ResponseId;
import nl.wmokader.core.monitoring.domain.SurveyError;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link SurveyStore}: every adapter runs it (in-memory, H2, PostgreSQL).
 * Invitations are found by id and by source as added, one per source; an answer stores the answered
 * invitation and its response together or neither, once; a period's responses are exactly those of
 * its months; and nothing kept with a response leads back to its invitation (each adapter's {@link
 * #keptWithResponses}, the values as stored).
 */
public abstract class SurveyStoreContract implements WithQuickTheories {

  /** A fresh, empty store on every call. */
  protected abstract SurveyStore newStore();

  /**
   * Every value {@code store} keeps with its responses, as it keeps them: each column of each row of
   * a database's response tables, each field of an in-memory response.
   */
  protected abstract Seq<Object> keptWithResponses(SurveyStore store);

  private static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();
  private static final YearMonth FIRST = YearMonth.of(2025, 11);
  private static final YearMonth LAST = YearMonth.of(2026, 4);

  /** Responses of the months {@link #FIRST} .. {@link #LAST}; numbered by the tests that store them ({@link #numbered(Response, int)}). */
  private static Gen<Response> responses() {
    return MonitoringGen.responsesIn(QUESTIONNAIRE, MonitoringGen.months(FIRST, LAST));
  }

  /**
   * {@code invitation} with id and source from {@code n}: generated ids shrink to the same value,
   * and a test must say itself where two are meant to be the same.
   */
  private static Invitation numbered(Invitation invitation, int n) {
    return new Invitation(new InvitationId(new UUID(0x1A, n)), new InvitationSource(invitation.source().kind(),
        new UUID(0x50, n)), invitation.profile(), invitation.invitedOn(), invitation.answered(), invitation.version());
  }

  /** {@code response} with an id from {@code n}, unlike every invitation's and source's. */
  private static Response numbered(Response response, int n) {
    return new Response(new ResponseId(new UUID(0x2E, n)), response.profile(), response.answeredIn(), response.answers());
  }

  private static List<Response> numbered(java.util.List<Response> responses) {
    return List.ofAll(responses).zipWithIndex().map(p -> numbered(p._1, p._2));
  }

  /** A response written out: its own id from {@code n}, in {@code month}. */
  private static Response response(int n, YearMonth month) {
    Profile profile = new Profile(MunicipalityCode.of("1721"), Option.some(ProductCategory.GUIDANCE),
        Option.some(DeliveryForm.IN_KIND), AgeBand.values()[n % AgeBand.values().length], Occasion.GRANTED);
    Answers answers = new Answers(LinkedHashMap.of("helped-quickly", Agreement.values()[n % Agreement.values().length]),
        LinkedHashMap.of("remarks", "antwoord " + n));
    return new Response(new ResponseId(new UUID(7, n)), profile, month, answers);
  }

  /** A refused applicant's invitation written out, of id and source from {@code n}. */
  private static Invitation invitation(int n) {
    Profile profile = new Profile(MunicipalityCode.of("0755"), Option.none(), Option.none(), AgeBand.UNKNOWN,
        Occasion.REFUSED);
    return Invitation.of(new InvitationId(new UUID(3, n)), new InvitationSource(InvitationSource.Kind.DECISION,
        new UUID(4, n)), profile, LocalDate.of(2026, 1, 5).plusDays(n));
  }

  /** A month (or none, about one time in four) of a little before {@link #FIRST} to a little after {@link #LAST}. */
  private static Gen<Option<YearMonth>> bounds() {
    return org.quicktheories.generators.SourceDSL.integers().between(0, 3).zip(MonitoringGen.months(FIRST.minusMonths(1), LAST.plusMonths(1)),
        (none, month) -> none == 0 ? Option.<YearMonth>none() : Option.some(month));
  }

  /** Invitations of distinct ids and sources. */
  private static Gen<List<Invitation>> distinctInvitations(int max) {
    return org.quicktheories.generators.SourceDSL.lists().of(MonitoringGen.invitations()).ofSizeBetween(0, max)
        .map(l -> List.ofAll(l).zipWithIndex().map(p -> numbered(p._1, p._2)));
  }

  @Test
  void an_empty_store_knows_no_invitation_and_has_no_responses() {
    SurveyStore store = newStore();
    assertThat(store.findInvitation(new InvitationId(new UUID(0, 1))).isEmpty()).isTrue();
    assertThat(store.findInvitation(new InvitationSource(InvitationSource.Kind.DECISION, new UUID(0, 1))).isEmpty())
        .isTrue();
    assertThat(store.responses(Option.none(), Option.none())).isEmpty();
  }

  @Test
  void invitations_are_found_by_id_and_by_source_exactly_as_added() {
    qt().withExamples(40).forAll(distinctInvitations(8)).checkAssert(invitations -> {
      SurveyStore store = newStore();
      List<Invitation> added = invitations.map(i -> right(store.addInvitation(i)));
      assertThat(added).containsExactlyElementsOf(invitations.map(i -> i.withVersion(1)));
      for (Invitation i : added) {
        assertThat(store.findInvitation(i.id()).toJavaOptional()).contains(i);
        assertThat(store.findInvitation(i.source()).toJavaOptional()).contains(i);
        // the same id under the other kind is another source
        InvitationSource.Kind other = i.source().kind() == InvitationSource.Kind.DECISION
            ? InvitationSource.Kind.ENDED_SUPPORT : InvitationSource.Kind.DECISION;
        if (invitations.find(j -> j.source().equals(new InvitationSource(other, i.source().id()))).isEmpty()) {
          assertThat(store.findInvitation(new InvitationSource(other, i.source().id())).isEmpty()).isTrue();
        }
        assertThat(store.findInvitation(new InvitationId(i.source().id())).isEmpty()).isTrue();
      }
      assertThat(store.responses(Option.none(), Option.none())).isEmpty();
    });
  }

  @Test
  void a_second_invitation_for_a_source_is_a_duplicate_and_the_first_is_kept() {
    qt().withExamples(30).forAll(MonitoringGen.invitations(), MonitoringGen.invitations())
        .checkAssert((f, o) -> {
          Invitation first = numbered(f, 0);
          Invitation other = numbered(o, 1);
          SurveyStore store = newStore();
          Invitation kept = right(store.addInvitation(first));
          // another id, profile and day, the same source
          Invitation second = new Invitation(other.id(), first.source(), first.profile().occasion() == other.profile().occasion()
              ? other.profile() : first.profile(), other.invitedOn(), false, 0);
          left(store.addInvitation(second), CommonError.Duplicate.class);
          assertThat(store.findInvitation(first.source()).toJavaOptional()).contains(kept);
          assertThat(store.findInvitation(first.id()).toJavaOptional()).contains(kept);
          assertThat(store.findInvitation(second.id()).isEmpty()).isTrue();
        });
  }

  @Test
  void an_invitation_is_added_new_once_under_its_id() {
    qt().withExamples(20).forAll(MonitoringGen.invitations(), MonitoringGen.invitations()).checkAssert((f, o) -> {
      Invitation first = numbered(f, 0);
      Invitation other = numbered(o, 1);
      SurveyStore store = newStore();
      Invitation kept = right(store.addInvitation(first));
      // the same id for another source
      Invitation sameId = Invitation.of(first.id(), other.source(), other.profile(), other.invitedOn());
      left(store.addInvitation(sameId), CommonError.StaleVersion.class);
      assertThat(store.findInvitation(first.id()).toJavaOptional()).contains(kept);
      assertThat(store.findInvitation(other.source()).isEmpty()).isTrue();
      // not new: a version other than 0
      left(store.addInvitation(other.withVersion(1)), CommonError.StaleVersion.class);
      assertThat(store.findInvitation(other.id()).isEmpty()).isTrue();
      assertThat(store.findInvitation(other.source()).isEmpty()).isTrue();
    });
  }

  @Test
  void an_answer_stores_the_answered_invitation_and_its_response_together() {
    qt().withExamples(40).forAll(distinctInvitations(5), lists().of(responses()).ofSize(5)).checkAssert((invitations, rs) -> {
      SurveyStore store = newStore();
      List<Invitation> added = invitations.map(i -> right(store.addInvitation(i)));
      List<Tuple2<Invitation, Response>> answered = added.zip(numbered(rs));
      for (Tuple2<Invitation, Response> pair : answered) {
        Invitation marked = right(pair._1.answer());
        assertThat(right(store.answer(marked, pair._2))).isEqualTo(pair._2);
        assertThat(store.findInvitation(pair._1.id()).toJavaOptional()).contains(marked.withVersion(2));
        assertThat(store.findInvitation(pair._1.source()).toJavaOptional()).contains(marked.withVersion(2));
      }
      assertThat(store.responses(Option.none(), Option.none()))
          .containsExactlyInAnyOrderElementsOf(answered.map(Tuple2::_2));
      // the invitations not answered are as they were
      for (Invitation i : added.drop(answered.size())) {
        assertThat(store.findInvitation(i.id()).toJavaOptional()).contains(i);
      }
    });
  }

  @Test
  void a_stale_answer_is_refused_and_stores_nothing() {
    qt().withExamples(30).forAll(MonitoringGen.invitations(), responses(), integers().between(0, 3))
        .checkAssert((i, r, staleness) -> {
          Response response = numbered(r, 0);
          SurveyStore store = newStore();
          Invitation added = right(store.addInvitation(numbered(i, 0)));
          Invitation marked = right(added.answer());
          Invitation stale = switch (staleness) {
            case 0 -> marked.withVersion(0);
            case 1 -> marked.withVersion(2);
            case 2 -> marked.withVersion(99);
            // never added: another id
            default -> new Invitation(new InvitationId(new UUID(1, 1)), marked.source(), marked.profile(),
                marked.invitedOn(), true, 1);
          };
          left(store.answer(stale, response), CommonError.StaleVersion.class);
          assertThat(store.findInvitation(added.id()).toJavaOptional()).contains(added);
          assertThat(store.findInvitation(new InvitationId(new UUID(1, 1))).isEmpty()).isTrue();
          assertThat(store.responses(Option.none(), Option.none())).isEmpty();
          assertThat(keptWithResponses(store)).isEmpty();
        });
  }

  @Test
  void a_second_answer_of_an_invitation_is_refused_and_the_first_response_alone_is_kept() {
    qt().withExamples(30).forAll(MonitoringGen.invitations(), responses(), responses()).checkAssert((i, r1, r2) -> {
      Invitation invitation = numbered(i, 0);
      Response first = numbered(r1, 0);
      Response second = numbered(r2, 1);
      SurveyStore store = newStore();
      Invitation marked = right(right(store.addInvitation(invitation)).answer());
      right(store.answer(marked, first));
      // the same answered invitation again, as a second request that read it before the first stored it
      left(store.answer(marked, second), CommonError.StaleVersion.class);
      Invitation stored = store.findInvitation(invitation.id()).get();
      assertThat(stored).isEqualTo(marked.withVersion(2));
      // read again, it is answered, and the domain refuses to answer it once more
      assertThat(left(stored.answer(), SurveyError.AlreadyAnswered.class).invitation()).isEqualTo(invitation.id());
      assertThat(store.responses(Option.none(), Option.none())).containsExactly(first);
    });
  }

  @Test
  void the_responses_of_a_period_are_exactly_those_answered_in_its_months() {
    qt().withExamples(40).forAll(distinctInvitations(12), lists().of(responses()).ofSize(12), bounds(), bounds())
        .checkAssert((invitations, rs, from, to) -> {
          SurveyStore store = newStore();
          List<Response> answered = invitations.zip(numbered(rs)).map(pair -> {
            Invitation marked = right(right(store.addInvitation(pair._1)).answer());
            return right(store.answer(marked, pair._2));
          });
          List<Response> expected = answered.filter(r -> (from.isEmpty() || !r.answeredIn().isBefore(from.get()))
              && (to.isEmpty() || !r.answeredIn().isAfter(to.get())));
          assertThat(store.responses(from, to)).containsExactlyInAnyOrderElementsOf(expected);
          // each month on its own
          for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            YearMonth month = m;
            assertThat(store.responses(Option.some(month), Option.some(month)))
                .containsExactlyInAnyOrderElementsOf(answered.filter(r -> r.answeredIn().equals(month)));
          }
        });
  }

  @Test
  void a_period_includes_its_first_and_last_month_and_nothing_around_them() {
    SurveyStore store = newStore();
    YearMonth april = YearMonth.of(2026, 4);
    List<Response> answered = List.range(0, 5).map(n -> {
      Invitation invitation = invitation(n);
      Invitation marked = right(right(store.addInvitation(invitation)).answer());
      return right(store.answer(marked, response(n, april.plusMonths(n - 2))));
    });
    // February .. June 2026, one each
    assertThat(store.responses(Option.some(YearMonth.of(2026, 3)), Option.some(YearMonth.of(2026, 5))))
        .containsExactlyInAnyOrderElementsOf(answered.slice(1, 4));
    assertThat(store.responses(Option.some(YearMonth.of(2026, 5)), Option.none()))
        .containsExactlyInAnyOrderElementsOf(answered.slice(3, 5));
    assertThat(store.responses(Option.none(), Option.some(YearMonth.of(2026, 2)))).containsExactly(answered.get(0));
    assertThat(store.responses(Option.some(YearMonth.of(2026, 7)), Option.none())).isEmpty();
    assertThat(store.responses(Option.some(YearMonth.of(2026, 5)), Option.some(YearMonth.of(2026, 3)))).isEmpty();
  }

  @Test
  void nothing_kept_with_a_response_leads_back_to_its_invitation() {
    qt().withExamples(25).forAll(distinctInvitations(6), lists().of(responses()).ofSize(6)).checkAssert((invitations, rs) -> {
      SurveyStore store = newStore();
      List<Tuple2<Invitation, Response>> answered = invitations.zip(numbered(rs)).map(pair -> {
        Invitation marked = right(right(store.addInvitation(pair._1)).answer());
        return new Tuple2<>(pair._1, right(store.answer(marked, pair._2)));
      });
      Seq<Object> kept = keptWithResponses(store);
      if (!answered.isEmpty()) {
        assertThat(kept).isNotEmpty();
      }
      for (Tuple2<Invitation, Response> pair : answered) {
        Invitation invitation = pair._1;
        // not its id, not its source, not the day it was made, in whatever form they are kept
        java.util.List<Object> links = new java.util.ArrayList<>(java.util.List.of(invitation.id().value(),
            invitation.id().value().toString(), invitation.source().id(), invitation.source().id().toString()));
        // a month may be kept as its first day: only a later day of the invitation's would be a link
        if (invitation.invitedOn().getDayOfMonth() != 1) {
          links.addAll(java.util.List.of(invitation.invitedOn(), invitation.invitedOn().toString(),
              java.sql.Date.valueOf(invitation.invitedOn())));
        }
        assertThat(kept).doesNotContainAnyElementsOf(links);
        assertThat(kept.map(String::valueOf)).noneMatch(v -> v.contains(invitation.id().value().toString())
            || v.contains(invitation.source().id().toString()));
      }
      // read back: as given, of the fields a response has, and those lead nowhere
      Seq<Response> read = store.responses(Option.none(), Option.none());
      assertThat(read).containsExactlyInAnyOrderElementsOf(answered.map(Tuple2::_2));
      Seq<UUID> invitationIds = invitations.flatMap(i -> List.of(i.id().value(), i.source().id()));
      assertThat(read.map(r -> r.id().value())).noneMatch(invitationIds::contains);
    });
  }

  @Test
  void a_response_has_no_field_for_an_invitation_a_person_or_a_moment() {
    // what the port can hand back at all: none of its parts names an invitation, a BSN, a day or a time
    java.util.Set<Class<?>> linking = java.util.Set.of(InvitationId.class, InvitationSource.class, Invitation.class,
        Bsn.class, LocalDate.class, java.time.Instant.class, java.time.LocalDateTime.class,
        java.time.OffsetDateTime.class, java.time.ZonedDateTime.class);
    for (Class<?> part : List.of(Response.class, Profile.class, ResponseId.class, Answers.class)) {
      for (java.lang.reflect.RecordComponent c : part.getRecordComponents()) {
        assertThat(linking).as(part.getSimpleName() + "." + c.getName()).doesNotContain(c.getType());
      }
    }
  }

  @Test
  void of_two_concurrent_answers_of_one_invitation_exactly_one_is_stored() throws Exception {
    SurveyStore store = newStore();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 15; round++) {
        Invitation invitation = invitation(100 + round);
        Invitation marked = right(right(store.addInvitation(invitation)).answer());
        List<Response> tried = List.of(response(1_000 + 2 * round, YearMonth.of(2026, 3)),
            response(1_001 + 2 * round, YearMonth.of(2026, 3)));
        CountDownLatch go = new CountDownLatch(1);
        java.util.List<Future<Either<DomainError, Response>>> done = new java.util.ArrayList<>();
        for (Response r : tried) {
          done.add(pool.submit(() -> {
            go.await();
            return store.answer(marked, r);
          }));
        }
        go.countDown();
        List<Either<DomainError, Response>> results = List.empty();
        for (Future<Either<DomainError, Response>> f : done) {
          results = results.append(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(results.filter(Either::isRight)).as("round " + round).hasSize(1);
        assertThat(results.filter(Either::isLeft).map(Either::getLeft)).as("round " + round)
            .singleElement().isInstanceOf(CommonError.StaleVersion.class);
        Response winner = results.find(Either::isRight).get().get();
        assertThat(store.findInvitation(invitation.id()).toJavaOptional()).contains(marked.withVersion(2));
        assertThat(store.responses(Option.some(YearMonth.of(2026, 3)), Option.some(YearMonth.of(2026, 3)))
            .filter(tried::contains)).containsExactly(winner);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
