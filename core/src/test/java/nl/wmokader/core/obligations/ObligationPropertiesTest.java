package nl.wmokader.core.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationEvaluation;
import nl.wmokader.core.obligations.domain.ObligationEvaluator;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.obligations.domain.ObligationTerms;
import nl.wmokader.core.obligations.domain.QualityDeclaration;
import nl.wmokader.core.supervision.domain.QualityFinding;
import nl.wmokader.core.obligations.domain.Refusal;
import nl.wmokader.core.obligations.domain.ReportingStatus;
import nl.wmokader.core.obligations.domain.SpendingKind;
import nl.wmokader.core.obligations.domain.SpendingReport;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.WorkingDayCalendar;
import nl.wmokader.core.supervision.domain.ReportableEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.WithQuickTheories;
import org.quicktheories.core.Gen;

/** Properties of the obligation rules: the shortfall arithmetic, and how evaluations move with the date. */
class ObligationPropertiesTest implements WithQuickTheories {

  private static final AgbCode PROVIDER = AgbCode.of("98000001");
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.generalTermsAct();

  private static Money shortfallOf(Money turnover, int basisPoints, Money reported) {
    return ObligationEvaluator.shortfall(ObligationEvaluator.requiredShare(turnover, basisPoints), reported);
  }

  /** The reference: exact decimals, rounded once, half up, to whole cents. */
  private static long referenceShortfall(long turnoverCents, int basisPoints, long reportedCents) {
    BigDecimal required = turnoverCents <= 0 ? BigDecimal.ZERO : BigDecimal.valueOf(turnoverCents)
        .multiply(BigDecimal.valueOf(basisPoints))
        .divide(BigDecimal.valueOf(10_000))
        .setScale(0, RoundingMode.HALF_UP);
    return required.subtract(BigDecimal.valueOf(reportedCents)).max(BigDecimal.ZERO).longValueExact();
  }

  // --- the shortfall

  @Test
  void the_shortfall_is_never_negative() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.basisPoints(), ObligationGen.amounts())
        .checkAssert((turnover, bp, reported) -> assertThat(shortfallOf(turnover, bp, reported).isNegative()).isFalse());
  }

  @Test
  void the_shortfall_is_zero_exactly_when_the_spending_covers_the_required_share() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.basisPoints(), ObligationGen.amounts())
        .checkAssert((turnover, bp, reported) -> assertThat(shortfallOf(turnover, bp, reported).isZero())
            .isEqualTo(reported.compareTo(ObligationEvaluator.requiredShare(turnover, bp)) >= 0));
  }

  @Test
  void spending_exactly_the_required_share_leaves_no_shortfall_and_one_cent_less_leaves_one_cent() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.basisPoints()).checkAssert((turnover, bp) -> {
      Money required = ObligationEvaluator.requiredShare(turnover, bp);
      assertThat(ObligationEvaluator.shortfall(required, required)).isEqualTo(Money.ZERO);
      if (required.isPositive()) {
        assertThat(ObligationEvaluator.shortfall(required, required.minus(Money.ofCents(1)))).isEqualTo(Money.ofCents(1));
      }
    });
  }

  @Test
  void the_shortfall_grows_with_turnover() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.amounts(), ObligationGen.basisPoints(), ObligationGen.amounts())
        .checkAssert((turnover, more, bp, reported) -> assertThat(
            shortfallOf(turnover.plus(more), bp, reported).compareTo(shortfallOf(turnover, bp, reported))).isGreaterThanOrEqualTo(0));
  }

  @Test
  void the_shortfall_shrinks_as_spending_grows() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.basisPoints(), ObligationGen.amounts(), ObligationGen.amounts())
        .checkAssert((turnover, bp, reported, more) -> assertThat(
            shortfallOf(turnover, bp, reported.plus(more)).compareTo(shortfallOf(turnover, bp, reported))).isLessThanOrEqualTo(0));
  }

  @Test
  void the_shortfall_is_exact_to_the_cent_as_a_decimal_reference_computes_it() {
    qt().forAll(ObligationGen.turnovers(), ObligationGen.basisPoints(), ObligationGen.amounts())
        .checkAssert((turnover, bp, reported) -> assertThat(shortfallOf(turnover, bp, reported).cents())
            .isEqualTo(referenceShortfall(turnover.cents(), bp, reported.cents())));
  }

  @Test
  void the_required_share_is_exact_for_turnovers_far_beyond_any_provider() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 2), ObligationGen.basisPoints()).checkAssert((cents, bp) ->
        assertThat(ObligationEvaluator.requiredShare(Money.ofCents(cents), bp).cents())
            .isEqualTo(referenceShortfall(cents, bp, 0)));
  }

  @Test
  void an_evaluated_shortfall_is_the_computed_one_once_the_deadline_has_passed() {
    qt().forAll(ObligationGen.terms(), ObligationGen.spendingKinds(), ObligationGen.turnovers(),
        ObligationGen.amounts().toOptionals(30)).checkAssert((terms, kind, turnover, amount) -> {
          ObligationEvaluator evaluator = new ObligationEvaluator(terms, CALENDAR);
          Option<SpendingReport> report = Option.ofOptional(amount).map(a -> SpendingReport.builder().provider(PROVIDER)
              .year(2025).kind(kind).amount(a).reportedOn(LocalDate.of(2026, 1, 1)).build());
          ObligationEvaluation e = evaluator.spending(kind, 2025, turnover, report, terms.spendingDeadline(2025).plusDays(1));
          Money expected = shortfallOf(turnover, terms.basisPoints(kind), Option.ofOptional(amount).getOrElse(Money.ZERO));
          assertThat(e.status()).isEqualTo(expected.isZero() ? EvaluationStatus.COMPLIANT : EvaluationStatus.SHORTFALL);
          assertThat(e.shortfall()).isEqualTo(expected.isZero() ? Option.none() : Option.some(expected));
        });
  }

  // --- the share of refusals

  @Test
  void the_acceptance_verdict_compares_the_share_of_refusals_exactly() {
    qt().forAll(lists().of(ObligationGen.refusals()).ofSizeBetween(0, 30), longs().between(0, 500), ObligationGen.basisPoints())
        .checkAssert((raw, assignments, max) -> {
          List<Refusal> refusals = List.ofAll(raw).map(r -> r.withRefusedOn(r.refusedOn().withYear(2025)));
          ObligationEvaluator evaluator = new ObligationEvaluator(ObligationTerms.reference().withMaxRefusalShare(max), CALENDAR);
          ObligationEvaluation e = evaluator.acceptance(2025, refusals, assignments, LocalDate.of(2026, 1, 1));
          long asked = refusals.size() + assignments;
          boolean within = asked == 0 || BigDecimal.valueOf(refusals.size()).divide(BigDecimal.valueOf(asked), 40, RoundingMode.DOWN)
              .compareTo(BigDecimal.valueOf(max).divide(BigDecimal.valueOf(10_000))) <= 0
              && BigInteger.valueOf(refusals.size()).multiply(BigInteger.valueOf(10_000))
              .compareTo(BigInteger.valueOf(max).multiply(BigInteger.valueOf(asked))) <= 0;
          assertThat(e.status()).isEqualTo(within ? EvaluationStatus.COMPLIANT : EvaluationStatus.SHORTFALL);
          var details = (ObligationEvaluation.Acceptance) e.details();
          assertThat(details.refusals()).isEqualTo(refusals.size());
          long shown = asked == 0 ? 0 : BigDecimal.valueOf(refusals.size() * 10_000L)
              .divide(BigDecimal.valueOf(asked), 0, RoundingMode.HALF_UP).longValueExact();
          assertThat(details.refusalShareBasisPoints()).isEqualTo(shown);
        });
  }

  // --- evaluations over time

  /** Everything an evaluation of 2025 reads, generated together. */
  private record Facts(ObligationTerms terms, List<Refusal> refusals, long assignments, Money turnover,
      List<SpendingReport> spending, Option<QualityDeclaration> declaration, List<QualityFinding> findings,
      List<ReportableEvent> events) {

    Seq<ObligationEvaluation> evaluate(LocalDate asOf) {
      return new ObligationEvaluator(terms, CALENDAR)
          .evaluateAll(2025, asOf, refusals, assignments, turnover, spending, declaration, findings, events);
    }
  }

  private Gen<Facts> factsOf2025() {
    return rs -> {
      List<SpendingReport> spending = List.empty();
      for (SpendingKind kind : SpendingKind.values()) {
        if (integers().between(0, 2).generate(rs) > 0) {
          spending = spending.append(SpendingReport.builder().provider(PROVIDER).year(2025).kind(kind)
              .amount(ObligationGen.amounts().generate(rs))
              .reportedOn(ObligationGen.dayWithin(LocalDate.of(2025, 6, 1), 500).generate(rs)).build());
        }
      }
      Option<QualityDeclaration> declaration = integers().between(0, 2).generate(rs) == 0 ? Option.none()
          : Option.some(QualityDeclaration.builder().provider(PROVIDER).year(2025)
              .declaredOn(ObligationGen.dayWithin(LocalDate.of(2025, 6, 1), 500).generate(rs)).build());
      return new Facts(
          ObligationGen.terms().generate(rs),
          List.ofAll(lists().of(ObligationGen.refusals()).ofSizeBetween(0, 5).generate(rs))
              .map(r -> r.withRefusedOn(r.refusedOn().withYear(2025))),
          longs().between(0, 50).generate(rs),
          ObligationGen.turnovers().generate(rs),
          spending,
          declaration,
          List.ofAll(lists().of(ObligationGen.findingsAbout(2025)).ofSizeBetween(0, 3).generate(rs)),
          List.ofAll(lists().of(ObligationGen.eventsIn(2025)).ofSizeBetween(0, 6).generate(rs)));
    };
  }

  /** Evaluation dates from before 2025 to well after its deadlines, in order. */
  private Gen<List<LocalDate>> ascendingDates() {
    return lists().of(ObligationGen.dayWithin(LocalDate.of(2024, 11, 1), 1000)).ofSizeBetween(2, 12)
        .map(ds -> List.ofAll(ds).sorted());
  }

  @Test
  void as_the_date_moves_on_an_evaluation_never_moves_back() {
    qt().forAll(factsOf2025(), ascendingDates()).checkAssert((facts, dates) -> {
      Seq<Seq<ObligationEvaluation>> over = dates.map(facts::evaluate);
      for (ObligationKind kind : ObligationKind.values()) {
        Seq<Integer> ranks = over.map(all -> all.find(e -> e.kind() == kind).get().status().rank());
        assertThat(ranks.sliding(2).forAll(pair -> pair.size() < 2 || pair.get(0) <= pair.get(1)))
            .as(kind + " on " + dates + ": " + ranks).isTrue();
      }
    });
  }

  @Test
  void nothing_is_due_until_the_year_is_over_and_everything_is_decided_once_every_deadline_has_passed() {
    qt().forAll(factsOf2025(), ObligationGen.dayWithin(LocalDate.of(2024, 1, 1), 1200)).checkAssert((facts, asOf) -> {
      Seq<ObligationEvaluation> all = facts.evaluate(asOf);
      assertThat(all.map(ObligationEvaluation::kind)).containsExactly(ObligationKind.values());
      boolean yearOver = asOf.isAfter(LocalDate.of(2025, 12, 31));
      LocalDate lastDeadline = all.map(ObligationEvaluation::dueOn).max().get();
      for (ObligationEvaluation e : all) {
        assertThat(e.status() == EvaluationStatus.NOT_YET_DUE).as(e.toString()).isEqualTo(!yearOver);
        if (asOf.isAfter(lastDeadline)) {
          assertThat(e.status().isVerdict()).as(e.toString()).isTrue();
        }
      }
    });
  }

  @Test
  void a_percentage_obligation_is_pending_exactly_while_a_required_report_is_missing_before_its_deadline() {
    qt().forAll(factsOf2025(), ObligationGen.dayWithin(LocalDate.of(2025, 12, 1), 200)).checkAssert((facts, asOf) -> {
      for (SpendingKind kind : SpendingKind.values()) {
        ObligationEvaluation e = facts.evaluate(asOf).find(x -> x.kind() == kind.obligation()).get();
        boolean reported = facts.spending().exists(r -> r.kind() == kind && !r.reportedOn().isAfter(asOf));
        boolean required = ObligationEvaluator.requiredShare(facts.turnover(), facts.terms().basisPoints(kind)).isPositive();
        boolean pending = asOf.isAfter(LocalDate.of(2025, 12, 31)) && !reported && required
            && !asOf.isAfter(facts.terms().spendingDeadline(2025));
        assertThat(e.status() == EvaluationStatus.PENDING).as(e.toString()).isEqualTo(pending);
      }
    });
  }

  @Test
  void every_known_event_of_the_year_is_counted_once() {
    qt().forAll(factsOf2025(), ObligationGen.dayWithin(LocalDate.of(2025, 6, 1), 400)).checkAssert((facts, asOf) -> {
      ObligationEvaluator evaluator = new ObligationEvaluator(facts.terms(), CALENDAR);
      var r = (ObligationEvaluation.Reporting) facts.evaluate(asOf).find(e -> e.kind() == ObligationKind.REPORTING).get().details();
      List<ReportableEvent> known = facts.events().filter(e -> !e.occurredOn().isAfter(asOf));
      assertThat(r.events()).isEqualTo(known.size());
      assertThat(r.onTime() + r.late() + r.missing() + r.open()).isEqualTo(known.size());
      assertThat(r.late()).isEqualTo(known.count(e -> evaluator.classify(e, asOf) == ReportingStatus.LATE));
      assertThat(r.missing()).isEqualTo(known.count(e -> e.reportedOn().forAll(d -> d.isAfter(asOf))
          && asOf.isAfter(evaluator.reportingDeadline(e))));
    });
  }
}
