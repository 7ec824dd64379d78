package nl.wmokader.core.monitoring.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import org.quicktheories.generators.SourceDSL;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.monitoring.FiguresGen;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.settlement.ClaimStoreFixture;
import nl.wmokader.core.settlement.domain.AnsweredLine;
import nl.wmokader.core.settlement.domain.Claim;
import nl.wmokader.core.settlement.domain.ClaimId;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.domain.RejectionCode;
import nl.wmokader.core.settlement.port.out.ClaimRepository;
import nl.wmokader.core.settlement.port.out.RecoveryRepository;
import nl.wmokader.core.settlement.domain.Recovery;
import nl.wmokader.core.settlement.domain.RecoveryId;
import nl.wmokader.core.monitoring.domain.RecoveredTotal;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.testing.Results;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link MonitoringFacts}: every adapter runs it (in-memory, H2, PostgreSQL). The
 * facts are stored through the stores' own ports (assignments and answered claims) and each answer
 * is checked against a naive computation over what was stored: {@code assignments} holds one fact
 * per assignment the Javadoc names (more only of stored, not deleted assignments, none twice), each
 * with the stored values, its client a consistent pseudonym and no BSN; {@code delivered} holds,
 * for every key of the filter, exactly the sum of the active debits (approved, not credited) of the
 * not deleted assignments, hours as minutes; a row outside the filter is the true sum of its key;
 * {@code recovered} holds, per month, member and provider the filter wants, exactly the sum and
 * number of the stored recoveries, and nothing when the filter names a category or product.
 */
public abstract class MonitoringFactsContract implements WithQuickTheories {

  /** The stores one fresh, empty installation keeps, and the facts read from them. */
  public record Stores(AssignmentRepository assignments, ClaimRepository claims, RecoveryRepository recoveries,
                       MonitoringFacts facts) {}

  /** A fresh, empty installation on every call. */
  protected abstract Stores newStores();

  // --- generators -----------------------------------------------------------------------------

  /** What an assignment's fact holds besides its client: stored assignments are distinct in it. */
  private record Shape(MunicipalityCode member, nl.wmokader.core.shared.AgbCode provider,
                       nl.wmokader.core.catalogue.domain.ProductCategory category,
                       Option<nl.wmokader.core.catalogue.domain.ProductCode> product, DateRange validity,
                       LocalDate assignedOn, Option<LocalDate> deliveryStart,
                       Option<nl.wmokader.core.indication.domain.AssignmentStop> stop,
                       Option<nl.wmokader.core.indication.domain.Volume> volume) {
    static Shape of(Assignment a) {
      return new Shape(MonitoringFactsContract.member(a), a.provider(), a.category(), a.product(), a.validity(), a.assignedOn(),
          a.deliveryStart(), a.stop(), a.volume());
    }

    static Shape of(AssignmentFact f) {
      return new Shape(f.member(), f.provider(), f.category(), f.product(), f.validity(), f.assignedOn(),
          f.deliveryStart(), f.stop(), f.volume());
    }
  }

  private static MunicipalityCode member(Assignment a) {
    return a.attributedTo().getOrElse(a.responsibleMunicipality());
  }

  /** Assignments of the figures' window, about one in five deleted, distinct in their {@link Shape}. */
  private static Gen<List<Assignment>> stored() {
    return in -> FiguresGen.assignmentLists().generate(in)
        .map(a -> SourceDSL.integers().between(0, 4).generate(in) == 0 ? Assignment.copyOf(a).withStatus(AssignmentStatus.DELETED) : a)
        .distinctBy(Shape::of);
  }

  /** A debit on an assignment, approved or not, and whether an (approved or rejected) credit takes it back. */
  private record Debit(int assignment, int monthOffset, int firstDay, int days, long volume, Unit unit, boolean approved,
                       int credit) {}

  private static final List<Unit> UNITS = List.of(Unit.HOUR, Unit.MINUTE, Unit.PIECE_OUTPUT, Unit.EUROS);

  private static Gen<List<Debit>> debits() {
    Gen<Debit> one = in -> new Debit(SourceDSL.integers().between(0, 45).generate(in), SourceDSL.integers().between(0, 11).generate(in),
        SourceDSL.integers().between(1, 28).generate(in), SourceDSL.integers().between(0, 27).generate(in),
        SourceDSL.integers().between(1, 500).generate(in), UNITS.get(SourceDSL.integers().between(0, UNITS.size() - 1).generate(in)),
        SourceDSL.integers().between(0, 4).generate(in) > 0, SourceDSL.integers().between(0, 3).generate(in));
    return in -> List.fill(SourceDSL.integers().between(0, 40).generate(in), () -> one.generate(in));
  }

  private record World(List<Assignment> assignments, List<Debit> debits, FigureFilter filter) {}

  private static Gen<World> worlds() {
    return stored().zip(debits(), FiguresGen.filters(), World::new);
  }

  // --- storing --------------------------------------------------------------------------------

  private static final MunicipalityCode CLAIMED_BY = FiguresGen.MEMBERS.head();

  /**
   * Stores the world's assignments, then its debits as one claim and their credits (mirroring their
   * debits) as a second: the approved lines of both.
   */
  private static List<ClaimLine> store(Stores stores, World world) {
    if (!world.assignments().isEmpty()) {
      Results.right(stores.assignments().saveAll(world.assignments()));
    }
    List<AnsweredLine> debits = List.empty();
    List<AnsweredLine> credits = List.empty();
    for (Tuple2<Debit, Integer> di : world.debits().zipWithIndex()) {
      Debit d = di._1;
      ClaimLine debit = debitLine("D" + di._2, d, world.assignments());
      debits = debits.append(d.approved() ? AnsweredLine.approved(debit, CLAIMED_BY)
          : ClaimStoreFixture.rejected(debit, RejectionCode.TARIFF_MISMATCH));
      if (d.credit() < 2) {
        ClaimLine credit = ClaimStoreFixture.credit("C" + di._2, debit);
        credits = credits.append(d.credit() == 0 && d.approved() ? AnsweredLine.approved(credit, CLAIMED_BY)
            : ClaimStoreFixture.rejected(credit, RejectionCode.AMOUNT_MISMATCH));
      }
    }
    int n = 0;
    for (List<AnsweredLine> lines : List.of(debits, credits)) {
      n++;
      if (!lines.isEmpty()) {
        Claim claim = new Claim(new ClaimId(new UUID(0xc1a1, n)), FiguresGen.PROVIDERS.head(), CLAIMED_BY,
            YearMonth.of(2026, 9), String.format("M%04d", n), LocalDate.of(2026, 10, n), lines);
        ClaimStoreFixture.store(stores.claims(), claim);
      }
    }
    return debits.appendAll(credits).filter(AnsweredLine::isApproved).map(AnsweredLine::line);
  }

  /** The debit {@code d} describes, on one of {@code assignments} (or, for an index past 39, on an assignment not stored). */
  private static ClaimLine debitLine(String reference, Debit d, List<Assignment> assignments) {
    // indexes past the stored assignments: a line on an assignment this store does not know
    Option<Assignment> on = d.assignment() < 40 && !assignments.isEmpty()
        ? Option.some(assignments.get(d.assignment() % assignments.size())) : Option.none();
    AssignmentId id = on.map(Assignment::id).getOrElse(new AssignmentId(new UUID(0xdead, d.assignment())));
    Bsn client = on.map(Assignment::client).getOrElse(FiguresGen.client(0));
    YearMonth month = YearMonth.from(FiguresGen.WINDOW).plusMonths(d.monthOffset() - 1);
    LocalDate first = month.atDay(Math.min(d.firstDay(), month.lengthOfMonth()));
    LocalDate last = first.plusDays(d.days()).isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : first.plusDays(d.days());
    return new ClaimLine(reference, Option.none(), id, client,
        on.map(Assignment::category).getOrElse(nl.wmokader.core.catalogue.domain.ProductCategory.GUIDANCE),
        on.flatMap(Assignment::product), DateRange.of(first, last), d.volume(), d.unit(), Money.ofCents(100),
        Money.ofCents(100 * d.volume()), DebitCredit.DEBIT);
  }

  // --- histories: claims, credits and resubmissions in turn --------------------------------------

  /** What one line of a later claim does: a new debit, a credit of an earlier debit, or a debit again after its credit. */
  private enum Act { DEBIT, CREDIT, RESUBMIT }

  /** One line of a claim: {@code debit} for a new debit, {@code pick} chooses the earlier debit a credit or resubmission is about. */
  private record Move(Act act, Debit debit, int pick, boolean approved) {}

  private record History(List<Assignment> assignments, List<List<Move>> claims, FigureFilter filter) {}

  private static Gen<History> histories() {
    Gen<Move> move = in -> new Move(List.of(Act.values()).get(SourceDSL.integers().between(0, 2).generate(in)),
        debits().generate(in).headOption().getOrElse(new Debit(0, 1, 1, 0, 1, Unit.HOUR, true, 3)),
        SourceDSL.integers().between(0, 1000).generate(in), SourceDSL.integers().between(0, 4).generate(in) > 0);
    Gen<List<Move>> claim = in -> List.fill(SourceDSL.integers().between(1, 12).generate(in), () -> move.generate(in));
    Gen<List<List<Move>>> claims = in -> List.fill(SourceDSL.integers().between(1, 6).generate(in), () -> claim.generate(in));
    return stored().zip(claims, FiguresGen.filters(), History::new);
  }

  /**
   * Stores the history's assignments and then its claims one by one, as validation would have
   * answered them: a credit is approved only for an approved debit of an earlier claim not yet
   * credited (else rejected, as already credited or without debit); a resubmission is a new
   * debit (new reference) of a credited debit's period and volume. After each claim {@code check}
   * gets the approved lines so far.
   */
  private static void storeHistory(Stores stores, History history,
                                   java.util.function.Consumer<List<ClaimLine>> check) {
    if (!history.assignments().isEmpty()) {
      Results.right(stores.assignments().saveAll(history.assignments()));
    }
    java.util.List<ClaimLine> active = new java.util.ArrayList<>();
    java.util.List<ClaimLine> credited = new java.util.ArrayList<>();
    List<ClaimLine> approved = List.empty();
    int reference = 0;
    int n = 0;
    for (List<Move> moves : history.claims()) {
      n++;
      List<AnsweredLine> lines = List.empty();
      java.util.List<ClaimLine> creditedNow = new java.util.ArrayList<>();
      java.util.List<ClaimLine> debitedNow = new java.util.ArrayList<>();
      for (Move m : moves) {
        String ref = "R" + reference++;
        switch (m.act()) {
          case DEBIT -> {
            ClaimLine debit = debitLine(ref, m.debit(), history.assignments());
            lines = lines.append(answer(debit, m.approved(), RejectionCode.TARIFF_MISMATCH));
            if (m.approved()) {
              debitedNow.add(debit);
            }
          }
          case CREDIT -> {
            java.util.List<ClaimLine> candidates = new java.util.ArrayList<>(active);
            candidates.addAll(credited);
            if (!candidates.isEmpty()) {
              ClaimLine debit = candidates.get(m.pick() % candidates.size());
              ClaimLine credit = ClaimStoreFixture.credit(ref, debit);
              boolean open = active.contains(debit) && !creditedNow.contains(debit);
              lines = lines.append(answer(credit, m.approved() && open,
                  open ? RejectionCode.CREDIT_WITHOUT_DEBIT : RejectionCode.ALREADY_CREDITED));
              if (m.approved() && open) {
                creditedNow.add(debit);
              }
            }
          }
          case RESUBMIT -> {
            if (!credited.isEmpty()) {
              ClaimLine was = credited.get(m.pick() % credited.size());
              ClaimLine debit = new ClaimLine(ref, Option.none(), was.assignment(), was.client(), was.category(),
                  was.product(), was.period(), was.volume(), was.unit(), was.tariff(), was.amount(), DebitCredit.DEBIT);
              lines = lines.append(answer(debit, m.approved(), RejectionCode.ALREADY_CLAIMED));
              if (m.approved()) {
                debitedNow.add(debit);
              }
            }
          }
          default -> throw new IllegalStateException();
        }
      }
      if (!lines.isEmpty()) {
        Claim claim = new Claim(new ClaimId(new UUID(0xc1a2, n)), FiguresGen.PROVIDERS.head(), CLAIMED_BY,
            YearMonth.of(2026, 9), String.format("H%04d", n), LocalDate.of(2026, 10, 1).plusDays(n), lines);
        ClaimStoreFixture.store(stores.claims(), claim);
        approved = approved.appendAll(lines.filter(AnsweredLine::isApproved).map(AnsweredLine::line));
      }
      active.removeAll(creditedNow);
      credited.addAll(creditedNow);
      active.addAll(debitedNow);
      check.accept(approved);
    }
  }

  private static AnsweredLine answer(ClaimLine line, boolean approved, RejectionCode otherwise) {
    return approved ? AnsweredLine.approved(line, CLAIMED_BY) : ClaimStoreFixture.rejected(line, otherwise);
  }

  // --- the naive computations ------------------------------------------------------------------

  /** Whether the Javadoc of {@link MonitoringFacts#assignments} names {@code a} for {@code filter}. */
  private static boolean named(Assignment a, FigureFilter filter) {
    boolean issued = !a.assignedOn().isBefore(filter.firstDay()) && !a.assignedOn().isAfter(filter.lastDay());
    LocalDate validFrom = a.validity().start();
    Option<LocalDate> validUntil = a.stop().map(s -> s.date()).orElse(a.validity().end());
    boolean touches = !validFrom.isAfter(filter.lastDay().plusDays(1))
        && validUntil.forAll(end -> !end.isBefore(filter.firstDay().minusDays(1)));
    return a.status() != AssignmentStatus.DELETED
        && filter.matches(member(a), a.provider(), a.category(), a.product())
        && (issued || touches);
  }

  private record Cell(FigureKey key, Unit unit) {}

  /** The active debits of the not deleted assignments, summed per month of their period, key and unit: every month, every key. */
  private static Map<Cell, Long> sums(List<Assignment> assignments, List<ClaimLine> approved) {
    Map<AssignmentId, Assignment> byId = HashMap.ofEntries(assignments
        .filter(a -> a.status() != AssignmentStatus.DELETED).map(a -> Tuple.of(a.id(), a)));
    Map<Cell, Long> sums = HashMap.empty();
    for (ClaimLine d : approved.filter(l -> !l.isCredit())) {
      boolean credited = approved.exists(c -> c.isCredit() && c.assignment().equals(d.assignment())
          && c.previousReference().contains(d.reference()) && c.month().equals(d.month()));
      Option<Assignment> a = byId.get(d.assignment());
      if (credited || a.isEmpty()) {
        continue;
      }
      DeliveredVolume one = DeliveredVolume.of(key(a.get(), d.month()), d.unit(), d.volume());
      sums = sums.put(new Cell(one.key(), one.unit()), one.quantity(), Long::sum);
    }
    return sums;
  }

  private static FigureKey key(Assignment a, YearMonth month) {
    return new FigureKey(month, member(a), a.provider(), a.category(), a.product());
  }

  private static boolean wanted(FigureKey key, FigureFilter filter) {
    return !key.month().isBefore(filter.from()) && !key.month().isAfter(filter.until())
        && filter.matches(key.member(), key.provider(), key.category(), key.product());
  }

  // --- properties -----------------------------------------------------------------------------

  @Test
  void an_empty_store_has_no_facts() {
    Stores stores = newStores();
    FigureFilter all = FigureFilter.months(YearMonth.of(2025, 1), YearMonth.of(2027, 12));
    assertThat(stores.facts().assignments(all)).isEmpty();
    assertThat(stores.facts().delivered(all)).isEmpty();
    assertThat(stores.facts().recovered(all)).isEmpty();
  }

  // --- recoveries -----------------------------------------------------------------------------

  /** Recoveries on the figures' members and providers, in months around the window, with distinct references. */
  private static Gen<List<Recovery>> recoveries() {
    Gen<Recovery> one = in -> new Recovery(new RecoveryId(new UUID(0x4ec, SourceDSL.integers().between(0, 1 << 30).generate(in))),
        FiguresGen.PROVIDERS.get(SourceDSL.integers().between(0, 2).generate(in)),
        FiguresGen.MEMBERS.get(SourceDSL.integers().between(0, 2).generate(in)),
        YearMonth.from(FiguresGen.WINDOW).plusMonths(SourceDSL.integers().between(-1, 12).generate(in)),
        Money.ofCents(SourceDSL.longs().between(1, 5_000_000).generate(in)), "onrechtmatig gedeclareerd",
        "ref", FiguresGen.WINDOW);
    return in -> List.fill(SourceDSL.integers().between(0, 12).generate(in), () -> one.generate(in))
        .zipWithIndex((r, i) -> new Recovery(new RecoveryId(new UUID(0x4ec, i)), r.provider(), r.member(), r.month(),
            r.amount(), r.reason(), "INV-" + i, r.registeredOn()));
  }

  private record Recovered(YearMonth month, MunicipalityCode member, nl.wmokader.core.shared.AgbCode provider) {}

  /** The stored recoveries the filter wants, summed and counted per month, member and provider. */
  private static Map<Recovered, Tuple2<Long, Long>> naiveRecovered(Seq<Recovery> stored, FigureFilter filter) {
    Map<Recovered, Tuple2<Long, Long>> sums = HashMap.empty();
    for (Recovery r : stored) {
      boolean wanted = filter.category().isEmpty() && filter.product().isEmpty()
          && !r.month().isBefore(filter.from()) && !r.month().isAfter(filter.until())
          && filter.member().forAll(r.member()::equals) && filter.provider().forAll(r.provider()::equals);
      if (wanted) {
        sums = sums.put(new Recovered(r.month(), r.member(), r.provider()), Tuple.of(r.amount().cents(), 1L),
            (a, b) -> Tuple.of(a._1 + b._1, a._2 + b._2));
      }
    }
    return sums;
  }

  private static Map<Recovered, Tuple2<Long, Long>> answered(Seq<RecoveredTotal> recovered) {
    return HashMap.ofEntries(recovered.map(r -> Tuple.of(new Recovered(r.month(), r.member(), r.provider()),
        Tuple.of(r.amount().cents(), r.count()))));
  }

  @Test
  void recovered_sums_exactly_the_wanted_recoveries_per_month_member_and_provider_and_shows_each_at_once() {
    qt().withExamples(40).forAll(recoveries(), FiguresGen.filters()).checkAssert((recoveries, filter) -> {
      Stores stores = newStores();
      List<Recovery> stored = List.empty();
      for (Recovery r : recoveries) {
        Results.right(stores.recoveries().add(r));
        stored = stored.append(r);
        // registered: in the very next answer
        Seq<RecoveredTotal> answer = stores.facts().recovered(filter);
        assertThat(answer.map(t -> new Recovered(t.month(), t.member(), t.provider())).distinct().size())
            .as("one row per month, member and provider").isEqualTo(answer.size());
        assertThat(answered(answer)).isEqualTo(naiveRecovered(stored, filter));
      }
    });
  }

  @Test
  void assignments_holds_every_named_assignment_once_with_its_values_and_more_only_of_stored_ones() {
    qt().withExamples(40).forAll(stored(), FiguresGen.filters()).checkAssert((assignments, filter) -> {
      Stores stores = newStores();
      store(stores, new World(assignments, List.empty(), filter));
      Seq<AssignmentFact> facts = stores.facts().assignments(filter);

      Map<Shape, Assignment> kept = HashMap.ofEntries(assignments
          .filter(a -> a.status() != AssignmentStatus.DELETED).map(a -> Tuple.of(Shape.of(a), a)));
      Seq<Shape> answered = facts.map(Shape::of);
      // none twice, none that was not stored or was deleted
      assertThat(answered.distinct().size()).as("one fact per assignment").isEqualTo(answered.size());
      assertThat(answered.filter(s -> !kept.containsKey(s))).as("facts of no stored, not deleted assignment").isEmpty();
      // never less
      assertThat(answered.toSet().containsAll(assignments.filter(a -> named(a, filter)).map(Shape::of)))
          .as("every assignment the Javadoc names").isTrue();
    });
  }

  /**
   * A chain of {@code spans.size()} contiguous parts from {@code start}: each part after the first the
   * core's own replacement ({@code Assignment.replacement}) of the one before, which ended the day
   * before it with a change request.
   */
  private static List<Assignment> chain(int n, LocalDate start, List<Integer> spans) {
    LocalDate end = start.plusDays(spans.sum().longValue() - 1);
    nl.wmokader.core.catalogue.domain.ProductCode product = FiguresGen.PRODUCTS.head();
    Assignment part = Assignment.builder()
        .id(new AssignmentId(new UUID(0xc4a1, n * 10L)))
        .indication(new nl.wmokader.core.indication.domain.IndicationId(new UUID(0xc4a2, n)))
        .client(FiguresGen.client(n % 8))
        .responsibleMunicipality(FiguresGen.MEMBERS.get(n % 3))
        .provider(FiguresGen.PROVIDERS.get(n % 3))
        .type(nl.wmokader.core.indication.domain.AssignmentType.SPECIFIC)
        .category(nl.wmokader.core.indication.AssignmentGen.categoryOf(product))
        .product(Option.some(product))
        .volume(Option.some(new nl.wmokader.core.indication.domain.Volume(3, Unit.HOUR,
            nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK)))
        .validity(DateRange.of(start, end))
        .assignedOn(start)
        .build();
    List<Assignment> parts = List.empty();
    LocalDate from = start;
    for (int k = 0; k < spans.size(); k++) {
      LocalDate to = from.plusDays(spans.get(k) - 1);
      if (k > 0) {
        part = part.replacement(new AssignmentId(new UUID(0xc4a1, n * 10L + k)), Option.none(),
            new nl.wmokader.core.indication.domain.Volume(3 + k, Unit.HOUR,
                nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK), from, from);
      }
      boolean last = k == spans.size() - 1;
      part = part.startDelivery(from).get().stopDelivery(to, last
          ? nl.wmokader.core.indication.domain.StopReason.ENDED_AS_PLANNED
          : nl.wmokader.core.indication.domain.StopReason.CHANGE_REQUEST).get();
      parts = parts.append(part);
      from = to.plusDays(1);
    }
    return parts;
  }

  @Test
  void a_replacement_is_linked_to_the_part_it_replaces_and_knows_its_chains_first_start_also_before_the_window() {
    Gen<List<Integer>> spans = in -> List.fill(SourceDSL.integers().between(1, 4).generate(in),
        () -> SourceDSL.integers().between(1, 120).generate(in));
    Gen<List<List<Integer>>> chains = in -> List.fill(SourceDSL.integers().between(1, 4).generate(in),
        () -> spans.generate(in));
    qt().withExamples(30).forAll(chains, SourceDSL.integers().between(0, 150)).checkAssert((lengths, offset) -> {
      Stores stores = newStores();
      LocalDate start = FiguresGen.WINDOW.plusDays(offset);
      List<List<Assignment>> stored = lengths.zipWithIndex((l, n) -> chain(n + 1, start.plusDays(n), l));
      Results.right(stores.assignments().saveAll(stored.flatMap(c -> c)));
      for (List<Assignment> c : stored) {
        // the month of the chain's last stop: earlier parts may lie before its window
        YearMonth month = YearMonth.from(c.last().stop().get().date());
        Seq<AssignmentFact> facts = stores.facts().assignments(FigureFilter.months(month, month));
        Map<Shape, AssignmentFact> byShape = HashMap.ofEntries(facts.map(f -> Tuple.of(Shape.of(f), f)));
        assertThat(facts.map(f -> f.link().assignment()).distinct().size()).as("a number per assignment")
            .isEqualTo(facts.size());
        for (int k = 0; k < c.size(); k++) {
          Option<AssignmentFact> fact = byShape.get(Shape.of(c.get(k)));
          if (fact.isEmpty()) {
            continue;
          }
          assertThat(fact.get().link().chainStart()).as("the start of the parts before")
              .isEqualTo(k == 0 ? Option.none() : Option.some(start.plusDays(stored.indexOf(c))));
          assertThat(fact.get().supportStart()).contains(c.head().deliveryStart().get());
          if (k == 0) {
            assertThat(fact.get().link().replaces()).isEmpty();
          } else {
            assertThat(fact.get().link().replaces().isDefined()).isTrue();
            Option<AssignmentFact> before = byShape.get(Shape.of(c.get(k - 1)));
            before.forEach(b -> assertThat(fact.get().link().replaces()).contains(b.link().assignment()));
          }
        }
        assertThat(byShape.containsKey(Shape.of(c.last()))).as("the last part is in its month's answer").isTrue();
      }
    });
  }

  @Test
  void the_client_of_a_fact_is_a_pseudonym_of_its_answer_the_same_for_the_same_client_and_never_a_bsn() {
    qt().withExamples(40).forAll(stored(), FiguresGen.filters()).checkAssert((assignments, filter) -> {
      Stores stores = newStores();
      store(stores, new World(assignments, List.empty(), filter));
      Seq<AssignmentFact> facts = stores.facts().assignments(filter);

      Map<Shape, Bsn> clientOf = HashMap.ofEntries(assignments.map(a -> Tuple.of(Shape.of(a), a.client())));
      Seq<Tuple2<Long, Bsn>> pairs = facts.map(f -> Tuple.of(f.client(), clientOf.get(Shape.of(f)).get()));
      // a function both ways: the same client the same number, different clients different numbers
      assertThat(pairs.groupBy(Tuple2::_1).filter(g -> g._2.map(Tuple2::_2).distinct().size() > 1))
          .as("one number for two clients").isEmpty();
      assertThat(pairs.groupBy(Tuple2::_2).filter(g -> g._2.map(Tuple2::_1).distinct().size() > 1))
          .as("two numbers for one client").isEmpty();
      // and no BSN anywhere: neither as the number nor in any value of the answer
      String shown = facts.toString();
      for (Assignment a : assignments) {
        assertThat(shown).doesNotContain(a.client().value());
        assertThat(facts.map(AssignmentFact::client)).doesNotContain(Long.parseLong(a.client().value()));
      }
    });
  }

  @Test
  void delivered_sums_exactly_the_active_debits_of_the_not_deleted_assignments_per_month_key_and_unit() {
    qt().withExamples(40).forAll(worlds()).checkAssert(world -> {
      Stores stores = newStores();
      List<ClaimLine> approved = store(stores, world);
      Seq<DeliveredVolume> delivered = stores.facts().delivered(world.filter());

      Seq<Cell> cells = delivered.map(v -> new Cell(v.key(), v.unit()));
      assertThat(cells.distinct().size()).as("one row per month, key and unit").isEqualTo(cells.size());
      Map<Cell, Long> all = sums(world.assignments(), approved);
      Map<Cell, Long> answered = HashMap.ofEntries(delivered.map(v -> Tuple.of(new Cell(v.key(), v.unit()), v.quantity())));
      // the filter's cells exactly
      assertThat(answered.filterKeys(c -> wanted(c.key(), world.filter())))
          .isEqualTo(all.filterKeys(c -> wanted(c.key(), world.filter())));
      // a row more than the filter wants is the true sum of its cell
      assertThat(answered.filterKeys(c -> !wanted(c.key(), world.filter())))
          .allSatisfy(e -> assertThat(all.get(e._1)).contains(e._2));
      assertThat(delivered.map(DeliveredVolume::unit)).doesNotContain(Unit.HOUR);
    });
  }

  @Test
  void delivered_stays_exact_through_claims_credits_of_earlier_months_and_resubmissions() {
    qt().withExamples(25).forAll(histories()).checkAssert(history -> {
      Stores stores = newStores();
      FigureFilter window = FigureFilter.months(YearMonth.from(FiguresGen.WINDOW).minusMonths(1),
          YearMonth.from(FiguresGen.WINDOW).plusMonths(11));
      java.util.concurrent.atomic.AtomicReference<List<ClaimLine>> last = new java.util.concurrent.atomic.AtomicReference<>(List.empty());
      storeHistory(stores, history, approved -> {
        // after every claim: every month of the window, every key
        Map<Cell, Long> answered = HashMap.ofEntries(stores.facts().delivered(window)
            .map(v -> Tuple.of(new Cell(v.key(), v.unit()), v.quantity())));
        assertThat(answered).isEqualTo(sums(history.assignments(), approved));
        last.set(approved);
      });
      // and the history's own filter: its cells exactly, more only as true sums
      Map<Cell, Long> all = sums(history.assignments(), last.get());
      Map<Cell, Long> answered = HashMap.ofEntries(stores.facts().delivered(history.filter())
          .map(v -> Tuple.of(new Cell(v.key(), v.unit()), v.quantity())));
      assertThat(answered.filterKeys(c -> wanted(c.key(), history.filter())))
          .isEqualTo(all.filterKeys(c -> wanted(c.key(), history.filter())));
      assertThat(answered.filterKeys(c -> !wanted(c.key(), history.filter())))
          .allSatisfy(e -> assertThat(all.get(e._1)).contains(e._2));
    });
  }

  @Test
  void an_hourly_assignment_claimed_in_hours_and_minutes_adds_up_in_minutes_and_a_credit_takes_its_debit_back() {
    Assignment a = Assignment.builder()
        .id(new AssignmentId(new UUID(1, 1)))
        .indication(new nl.wmokader.core.indication.domain.IndicationId(new UUID(1, 2)))
        .client(FiguresGen.client(3))
        .responsibleMunicipality(FiguresGen.MEMBERS.get(1))
        .provider(FiguresGen.PROVIDERS.get(2))
        .type(nl.wmokader.core.indication.domain.AssignmentType.SPECIFIC)
        .category(nl.wmokader.core.indication.AssignmentGen.categoryOf(FiguresGen.PRODUCTS.head()))
        .product(Option.some(FiguresGen.PRODUCTS.head()))
        .volume(Option.some(new nl.wmokader.core.indication.domain.Volume(3, Unit.HOUR,
            nl.wmokader.core.catalogue.domain.Frequency.PER_WEEK)))
        .validity(DateRange.from(FiguresGen.WINDOW))
        .assignedOn(FiguresGen.WINDOW)
        .deliveryStart(Option.some(FiguresGen.WINDOW.plusDays(3)))
        .status(AssignmentStatus.DELIVERING)
        .build();
    World world = new World(List.of(a), List.of(
        new Debit(0, 3, 1, 0, 2, Unit.HOUR, true, 3),      // 120 minutes
        new Debit(0, 3, 2, 0, 30, Unit.MINUTE, true, 3),   // + 30
        new Debit(0, 3, 3, 0, 5, Unit.HOUR, true, 0),      // credited
        new Debit(0, 3, 4, 0, 7, Unit.HOUR, false, 3)),    // rejected
        FigureFilter.months(YearMonth.from(FiguresGen.WINDOW).plusMonths(2), YearMonth.from(FiguresGen.WINDOW).plusMonths(2)));
    Stores stores = newStores();
    store(stores, world);
    YearMonth month = YearMonth.from(FiguresGen.WINDOW).plusMonths(2);
    assertThat(stores.facts().delivered(world.filter()))
        .containsExactly(new DeliveredVolume(key(a, month), Unit.MINUTE, 150));
  }
}
