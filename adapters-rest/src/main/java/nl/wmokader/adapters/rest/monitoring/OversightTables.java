package nl.wmokader.adapters.rest.monitoring;

import io.vavr.control.Either;
import java.util.List;
import nl.wmokader.adapters.rest.Csv;
import nl.wmokader.core.monitoring.domain.BudgetFigures;
import nl.wmokader.core.monitoring.domain.ComplianceFigures;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.SupervisionFigures;
import nl.wmokader.core.monitoring.port.in.OversightFiguresUseCase;
import nl.wmokader.core.obligations.domain.EvaluationStatus;
import nl.wmokader.core.obligations.domain.ObligationKind;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.DomainError;

/**
 * The budget, supervision and compliance figures as tables, in the shape of {@link FigureTables}:
 * flat rows with named columns, as JSON objects and as CSV lines. Amounts in euro cents; an
 * obligation's status as its name in lower case ({@code not_yet_due}, {@code pending},
 * {@code compliant}, {@code shortfall}).
 */
enum OversightTables {
  BUDGET("budget", "year", "member", "inhabitants", "budgetCents", "spentCents", "closedMonths", "forecastCents",
      "overspending", "budgetCentsPer1000", "spentCentsPer1000", "forecastCentsPer1000") {
    @Override
    Either<DomainError, List<Object[]>> rows(OversightFiguresUseCase figures, Actor actor, FigureFilter filter) {
      return figures.budgetFigures(actor, filter).map(rows -> rows.map((BudgetFigures b) -> {
        var per = b.perThousand();
        return new Object[] {b.year(), b.member().value(), b.inhabitants().getOrNull(),
            b.budget().map(m -> m.cents()).getOrNull(), b.spent().cents(), b.closedMonths(), b.forecast().cents(),
            b.overspending(), per.flatMap(p -> p.budget()).map(m -> m.cents()).getOrNull(),
            per.map(p -> p.spent().cents()).getOrNull(), per.map(p -> p.forecast().cents()).getOrNull()};
      }).toJavaList());
    }
  },
  SUPERVISION("supervision", "provider", "signals", "calamities", "investigationsOpened") {
    @Override
    Either<DomainError, List<Object[]>> rows(OversightFiguresUseCase figures, Actor actor, FigureFilter filter) {
      return figures.supervisionFigures(actor, filter).map(rows -> rows.map((SupervisionFigures s) ->
          new Object[] {s.provider().value(), s.signals(), s.calamities(), s.investigationsOpened()}).toJavaList());
    }
  },
  COMPLIANCE("compliance", "provider", "year", "acceptance", "transformation", "socialReturn", "qualityFramework",
      "reporting", "shortfalls") {
    @Override
    Either<DomainError, List<Object[]>> rows(OversightFiguresUseCase figures, Actor actor, FigureFilter filter) {
      return figures.complianceFigures(actor, filter).map(rows -> rows.map((ComplianceFigures c) -> new Object[] {
          c.provider().value(), c.year(), status(c, ObligationKind.ACCEPTANCE), status(c, ObligationKind.TRANSFORMATION),
          status(c, ObligationKind.SOCIAL_RETURN), status(c, ObligationKind.QUALITY_FRAMEWORK),
          status(c, ObligationKind.REPORTING), c.shortfalls()}).toJavaList());
    }
  };

  private final String code;
  private final String[] columns;

  OversightTables(String code, String... columns) {
    this.code = code;
    this.columns = columns;
  }

  static io.vavr.control.Option<OversightTables> ofCode(String code) {
    return io.vavr.collection.List.of(values()).find(t -> t.code.equals(code));
  }

  /** The rows the use case answers for the actor, each a value per column in the columns' order. */
  abstract Either<DomainError, List<Object[]>> rows(OversightFiguresUseCase figures, Actor actor, FigureFilter filter);

  /** The table read for one question. */
  Either<DomainError, Answer> read(OversightFiguresUseCase figures, Actor actor, FigureFilter filter) {
    return rows(figures, actor, filter).map(rows -> new Answer(this, filter, rows));
  }

  private static String status(ComplianceFigures c, ObligationKind kind) {
    return c.status().get(kind).map(EvaluationStatus::name).map(s -> s.toLowerCase(java.util.Locale.ROOT)).getOrNull();
  }

  /** One table's rows for a filter. */
  record Answer(OversightTables table, FigureFilter filter, List<Object[]> rows) {

    /** {@code {"table": ..., "from": ..., "until": ..., "rows": [{column: value, ...}]}}. */
    java.util.Map<String, Object> json() {
      return FigureTables.json(table.code, filter, table.columns, rows);
    }

    Csv csv() {
      return FigureTables.csv(table.columns, rows);
    }
  }
}
