package nl.wmokader.core.indication.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.wmokader.core.indication.AssignmentGen;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.PageRequest;
import nl.wmokader.core.shared.SharedGen;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The contract of {@link AssignmentRepository}: every adapter runs it (in-memory, H2, PostgreSQL). */
public abstract class AssignmentRepositoryContract implements WithQuickTheories {

  /** A fresh, empty repository on every call. */
  protected abstract AssignmentRepository newRepository();

  @Test
  void an_unknown_id_is_absent() {
    qt().withExamples(20).forAll(AssignmentGen.ids()).checkAssert(id -> assertThat(newRepository().findById(id).isEmpty()).isTrue());
  }

  @Test
  void save_then_find_round_trips_with_the_version_raised() {
    qt().withExamples(80).forAll(AssignmentGen.assignments()).checkAssert(a -> {
      AssignmentRepository repo = newRepository();
      Assignment saved = Results.right(repo.save(a));
      assertThat(saved.version()).isEqualTo(1);
      assertThat(saved.withVersion(0)).isEqualTo(a);
      assertThat(repo.findById(a.id()).get()).isEqualTo(saved);
    });
  }

  @Test
  void an_update_replaces_every_field() {
    qt().withExamples(60).forAll(AssignmentGen.assignments(), AssignmentGen.assignments()).checkAssert((a, b) -> {
      AssignmentRepository repo = newRepository();
      Assignment first = Results.right(repo.save(a));
      Assignment second = Results.right(repo.save(b.withId(a.id()).withVersion(first.version())));
      assertThat(second.version()).isEqualTo(2);
      assertThat(repo.findById(a.id()).get()).isEqualTo(second);
      assertThat(second.withVersion(0)).isEqualTo(b.withId(a.id()));
    });
  }

  @Test
  void a_stale_save_is_a_conflict_and_changes_nothing() {
    qt().withExamples(40).forAll(AssignmentGen.assignments()).checkAssert(a -> {
      AssignmentRepository repo = newRepository();
      Assignment first = Results.right(repo.save(a));
      Assignment second = Results.right(repo.save(first.withAssignedOn(first.assignedOn().plusDays(1))));

      Results.left(repo.save(first.withAssignedOn(first.assignedOn().minusDays(1))), CommonError.StaleVersion.class);
      Results.left(repo.save(a), CommonError.StaleVersion.class);
      Results.left(repo.save(second.withVersion(7)), CommonError.StaleVersion.class);
      assertThat(repo.findById(a.id()).get()).isEqualTo(second);
    });
  }

  @Test
  void save_all_stores_all_or_nothing() {
    qt().withExamples(40).forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(2, 5)
        .map(raw -> List.ofAll(raw).distinctBy(Assignment::id)).assuming(batch -> batch.size() >= 2)).checkAssert(batch -> {
      AssignmentRepository repo = newRepository();
      Assignment stored = Results.right(repo.save(batch.head()));

      Either<DomainError, Seq<Assignment>> stale = repo.saveAll(batch.tail().append(batch.head()));
      Results.left(stale, CommonError.StaleVersion.class);
      assertThat(batch.tail().forAll(a -> repo.findById(a.id()).isEmpty())).isTrue();

      Seq<Assignment> saved = Results.right(repo.saveAll(batch.tail().append(stored)));
      assertThat(saved.map(Assignment::version)).containsExactlyElementsOf(batch.tail().map(a -> 1L).append(2L));
      assertThat(saved.map(a -> repo.findById(a.id()).get())).containsExactlyElementsOf(saved);
    });
  }

  @Test
  void find_by_ids_answers_the_stored_ones_among_many_ids() {
    qt().withExamples(20).forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(0, 8), integers().between(0, 2500))
        .checkAssert((raw, unknown) -> {
          List<Assignment> stored = List.ofAll(raw).distinctBy(Assignment::id);
          AssignmentRepository repo = newRepository();
          Seq<Assignment> saved = Results.right(repo.saveAll(stored));
          // more ids than one IN list holds, most of them unknown
          io.vavr.collection.Set<AssignmentId> asked = List.range(0, unknown)
              .map(i -> new AssignmentId(new java.util.UUID(0xfeed, i))).toSet()
              .addAll(saved.drop(1).map(Assignment::id));
          assertThat(repo.findByIds(asked)).containsExactlyInAnyOrderElementsOf(saved.drop(1));
          assertThat(repo.findByIds(io.vavr.collection.HashSet.empty()).isEmpty()).isTrue();
        });
  }

  @Test
  void a_municipality_s_numbers_are_unique_and_found_by_number() {
    // few numbers and members: many saves collide with a stored number, of the same member or another
    qt().withExamples(40).forAll(lists().of(AssignmentGen.assignments().zip(SharedGen.members(),
        integers().between(0, 4), (a, m, n) -> a.withResponsibleMunicipality(m)
            .withNumber(Option.some(AssignmentNumber.of(n))))).ofSizeBetween(1, 12)).checkAssert(raw -> {
      AssignmentRepository repo = newRepository();
      java.util.Map<String, Assignment> model = new java.util.HashMap<>();   // "member/number" -> stored
      for (Assignment a : List.ofAll(raw).distinctBy(Assignment::id)) {
        String key = a.responsibleMunicipality().value() + "/" + a.number().get();
        Either<DomainError, Assignment> saved = repo.save(a);
        if (model.containsKey(key)) {
          Results.left(saved, CommonError.Duplicate.class);
          assertThat(repo.findById(a.id()).isEmpty()).isTrue();
        } else {
          model.put(key, Results.right(saved));
        }
      }
      Seq<AssignmentNumber> every = List.range(0, 6).map(AssignmentNumber::of);
      for (MunicipalityCode member : SharedGen.REFERENCE_MEMBERS) {
        assertThat(repo.findByNumbers(member, every)).containsExactlyInAnyOrderElementsOf(
            List.ofAll(model.values()).filter(a -> a.responsibleMunicipality().equals(member)));
      }
      assertThat(repo.findByNumbers(SharedGen.REFERENCE_MEMBERS.get(0), List.empty()).isEmpty()).isTrue();
    });
  }

  @Test
  void an_assignment_keeps_its_own_number_on_update_and_a_batch_may_not_repeat_one() {
    qt().withExamples(20).forAll(AssignmentGen.assignments(), AssignmentGen.assignments()).checkAssert((a, b) -> {
      AssignmentRepository repo = newRepository();
      Assignment first = Results.right(repo.save(a.withNumber(Option.some(AssignmentNumber.of(7)))));
      Assignment updated = Results.right(repo.save(first.withAssignedOn(first.assignedOn().plusDays(1))));
      assertThat(repo.findByNumbers(a.responsibleMunicipality(), List.of(AssignmentNumber.of(7))))
          .containsExactly(updated);
      Assignment twin = b.withId(new AssignmentId(new java.util.UUID(0xbee, 1)))
          .withResponsibleMunicipality(a.responsibleMunicipality());
      Results.left(repo.saveAll(List.of(twin.withNumber(Option.some(AssignmentNumber.of(8))),
          twin.withId(new AssignmentId(new java.util.UUID(0xbee, 2))).withNumber(Option.some(AssignmentNumber.of(8))))),
          DomainError.class);
      assertThat(repo.findByNumbers(a.responsibleMunicipality(), List.of(AssignmentNumber.of(8))).isEmpty()).isTrue();
    });
  }

  @Test
  void the_sequence_gives_each_number_once_and_past_every_stored_one() {
    // steps: a next number of a member, or an assignment stored with a number the caller chose
    qt().withExamples(30).forAll(lists().of(SharedGen.members().zip(integers().between(-1, 40), (m, chosen) ->
        new Object[] {m, chosen})).ofSizeBetween(1, 20), AssignmentGen.assignments()).checkAssert((steps, template) -> {
      AssignmentRepository repo = newRepository();
      java.util.Map<MunicipalityCode, Long> highest = new java.util.HashMap<>();
      java.util.Set<String> given = new java.util.HashSet<>();
      int made = 0;
      for (Object[] step : steps) {
        MunicipalityCode member = (MunicipalityCode) step[0];
        int chosen = (Integer) step[1];
        if (chosen < 0) {
          AssignmentNumber next = repo.nextNumber(member).get();
          assertThat(next.value()).isGreaterThan(highest.getOrDefault(member, 0L));
          assertThat(given.add(member.value() + "/" + next)).isTrue();
          highest.put(member, next.value());
        } else {
          Assignment a = template.withId(new AssignmentId(new java.util.UUID(0xcafe, made++)))
              .withResponsibleMunicipality(member).withNumber(Option.some(AssignmentNumber.of(chosen)));
          if (repo.save(a).isRight()) {
            highest.merge(member, (long) chosen, Math::max);
          }
        }
      }
    });
  }

  @Test
  void the_sequence_ends_at_the_largest_number() {
    qt().withExamples(3).forAll(AssignmentGen.assignments()).checkAssert(a -> {
      AssignmentRepository repo = newRepository();
      Results.right(repo.save(a.withNumber(Option.some(AssignmentNumber.of(AssignmentNumber.MAX - 1)))));
      assertThat(repo.nextNumber(a.responsibleMunicipality())).contains(AssignmentNumber.of(AssignmentNumber.MAX));
      assertThat(repo.nextNumber(a.responsibleMunicipality()).isEmpty()).isTrue();
    });
  }

  @Test
  void queries_answer_what_the_filter_matches_in_order() {
    qt().withExamples(60).forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(0, 12), filterSeeds())
        .checkAssert((raw, seed) -> {
          List<Assignment> stored = List.ofAll(raw).distinctBy(Assignment::id);
          AssignmentRepository repo = newRepository();
          Results.right(repo.saveAll(stored));
          AssignmentFilter filter = seed.filterOver(stored);
          Seq<Assignment> expected = stored.map(a -> a.withVersion(1)).filter(filter::matches).sorted(AssignmentRepository.ORDER);

          assertThat(repo.find(filter)).containsExactlyElementsOf(expected);
          Seq<Assignment> paged = List.empty();
          int size = 1 + seed.pick % 4;
          for (int page = 0; page * size <= expected.size(); page++) {
            var p = repo.findPage(filter, new PageRequest(page, size));
            assertThat(p.total()).isEqualTo(expected.size());
            assertThat(p.items().size()).isLessThanOrEqualTo(size);
            paged = paged.appendAll(p.items());
          }
          assertThat(paged).containsExactlyElementsOf(expected);
          if (!stored.isEmpty()) {
            Assignment any = stored.get(seed.pick % stored.size());
            assertThat(repo.findByClient(any.client())).containsExactlyElementsOf(
                expected(stored, a -> a.client().equals(any.client())));
            assertThat(repo.findByProvider(any.provider())).containsExactlyElementsOf(
                expected(stored, a -> a.provider().equals(any.provider())));
            assertThat(repo.findByIndication(any.indication())).containsExactlyElementsOf(
                expected(stored, a -> a.indication().equals(any.indication())));
          }
        });
  }

  @Test
  void assignments_starting_the_same_day_are_ordered_by_their_id_text() {
    qt().withExamples(30).forAll(lists().of(AssignmentGen.assignments()).ofSizeBetween(2, 10)).checkAssert(raw -> {
      java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 1);
      List<Assignment> sameDay = List.ofAll(raw).distinctBy(Assignment::id)
          .map(a -> AssignmentGen.startingOn(a, day));
      AssignmentRepository repo = newRepository();
      Results.right(repo.saveAll(sameDay));
      assertThat(repo.find(AssignmentFilter.all()).map(a -> a.id().value().toString()))
          .containsExactlyElementsOf(sameDay.map(a -> a.id().value().toString()).sorted());
    });
  }

  @Test
  void saves_behave_like_a_versioned_map() {
    qt().withExamples(40).forAll(lists().of(steps()).ofSizeBetween(1, 25)).checkAssert(steps -> {
      AssignmentRepository repo = newRepository();
      Map<AssignmentId, Assignment> model = HashMap.empty();
      List<AssignmentId> known = List.empty();
      for (Step step : steps) {
        Assignment toSave;
        if (step.target < 0 || known.isEmpty()) {
          toSave = step.content;
        } else {
          AssignmentId id = known.get(step.target % known.size());
          long current = model.get(id).get().version();
          toSave = step.content.withId(id).withVersion(step.stale ? current + 1 : current);
        }
        long expectedVersion = model.get(toSave.id()).map(Assignment::version).getOrElse(0L);
        boolean accepted = toSave.version() == expectedVersion;
        var result = repo.save(toSave);
        assertThat(result.isRight()).as(step.toString()).isEqualTo(accepted);
        if (accepted) {
          model = model.put(toSave.id(), toSave.withVersion(expectedVersion + 1));
          known = known.contains(toSave.id()) ? known : known.append(toSave.id());
          assertThat(result.get()).isEqualTo(model.get(toSave.id()).get());
        } else {
          assertThat(result.getLeft()).isInstanceOf(CommonError.StaleVersion.class);
        }
        for (Assignment a : model.values()) {
          assertThat(repo.findById(a.id())).containsExactly(a);
        }
        assertThat(repo.find(AssignmentFilter.all())).containsExactlyElementsOf(model.values().toList().sorted(AssignmentRepository.ORDER));
      }
    });
  }

  private static Seq<Assignment> expected(List<Assignment> stored, java.util.function.Predicate<Assignment> p) {
    return stored.map(a -> a.withVersion(1)).filter(p).sorted(AssignmentRepository.ORDER);
  }

  /** One save: new content, or content over a known id with its current (or a stale) version. */
  record Step(Assignment content, int target, boolean stale) {}

  private Gen<Step> steps() {
    return AssignmentGen.assignments().zip(integers().between(-2, 10), Generate.booleans(), Step::new);
  }

  /** Which criteria to set, and from which stored assignment (by index) to take them. */
  record FilterSeed(int pick, boolean municipality, boolean provider, boolean indication, boolean client,
                    Option<AssignmentStatus> status) {
    AssignmentFilter filterOver(List<Assignment> stored) {
      AssignmentFilter f = AssignmentFilter.all();
      if (stored.isEmpty()) {
        return municipality ? f.withMunicipality(SharedGen.REFERENCE_MEMBERS.get(pick % 5)) : f;
      }
      Assignment a = stored.get(pick % stored.size());
      if (municipality) {
        f = f.withMunicipality(pick % 2 == 0 ? a.responsibleMunicipality() : a.attributedTo().getOrElse(a.responsibleMunicipality()));
      }
      if (provider) {
        f = f.withProvider(a.provider());
      }
      if (indication) {
        f = f.withIndication(a.indication());
      }
      if (client) {
        f = f.withClient(a.client());
      }
      return status.map(f::withStatus).getOrElse(f);
    }
  }

  private Gen<FilterSeed> filterSeeds() {
    Gen<Option<AssignmentStatus>> status = Generate.enumValues(AssignmentStatus.class).toOptionals(40)
        .map(o -> o.map(Option::some).orElse(Option.none()));
    return in -> new FilterSeed(integers().between(0, 1000).generate(in), Generate.booleans().generate(in),
        Generate.booleans().generate(in), integers().between(0, 4).generate(in) == 0,
        integers().between(0, 3).generate(in) == 0, status.generate(in));
  }
}
