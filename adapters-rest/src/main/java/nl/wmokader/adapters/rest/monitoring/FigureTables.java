package nl.wmokader.adapters.rest.monitoring;

import io.vavr.collection.Map;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import nl.wmokader.adapters.rest.Csv;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.monitoring.domain.CostFigures;
import nl.wmokader.core.monitoring.domain.Distribution;
import nl.wmokader.core.monitoring.domain.DurationFigures;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.monitoring.domain.FlowFigures;
import nl.wmokader.core.monitoring.domain.MemberFigures;
import nl.wmokader.core.monitoring.domain.MonitoringFigures;
import nl.wmokader.core.monitoring.domain.UseFigures;
import nl.wmokader.core.monitoring.domain.WaitingFigures;

/**
 * The monitoring figures as tables: one per kind (use, cost, flows, durations, waiting times,
 * members), each a list of flat rows with named columns, written alike as JSON objects and as CSV
 * lines. Amounts in euro cents, rates per 1,000 inhabitants as decimals with two places (exact),
 * counts by reason or unit as {@code code=count} pairs joined by {@code ;} in CSV.
 */
enum FigureTables {
  USE("use", "month", "member", "provider", "category", "product", "clientsWithSupport", "newAssignments",
      "endedAssignments", "endedByReason", "assigned", "delivered") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.use().map((UseFigures u) -> concat(key(u.key()), new Object[] {u.clientsWithSupport(),
          u.newAssignments(), u.endedAssignments(), counts(u.endedByReason(), r -> r.code()),
          counts(u.assigned(), a -> a.unit().code() + "/" + a.per().code()), counts(u.delivered(), d -> d.code())}))
          .toJavaList();
    }
  },
  COST("cost", "month", "member", "provider", "category", "product", "debitsCents", "creditsCents",
      "recoveriesCents", "netCents", "lines") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.cost().map((CostFigures c) -> new Object[] {c.key().month().toString(), c.key().member().value(),
          c.key().provider().value(), c.key().category().map(ProductCategory::code).getOrNull(),
          c.key().product().map(p -> p.value()).getOrNull(), c.debits().cents(), c.credits().cents(),
          c.recoveries().cents(), c.net().cents(), c.lines()}).toJavaList();
    }
  },
  FLOWS("flows", "month", "provider", "present", "inflow", "outflow", "throughflow", "outflowByReason",
      "outflowWithoutStop") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.flows().map((FlowFigures x) -> new Object[] {x.month().toString(), x.provider().value(), x.present(),
          x.inflow(), x.outflow(), x.throughflow(), counts(x.outflowByReason(), r -> r.code()),
          x.outflowWithoutStop()}).toJavaList();
    }
  },
  DURATIONS("durations", "provider", "category", "count", "p25Days", "medianDays", "p75Days", "p90Days") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.durations().map((DurationFigures d) -> concat(new Object[] {d.provider().value(), d.category().code()},
          distribution(d.days()))).toJavaList();
    }
  },
  WAITING_TIMES("waiting-times", "provider", "category", "product", "count", "p25Days", "medianDays", "p75Days",
      "p90Days", "withNorm", "overNorm", "normsDays") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.waitingTimes().map((WaitingFigures w) -> concat(concat(new Object[] {w.provider().value(),
          w.category().code(), w.product().map(p -> p.value()).getOrNull()}, distribution(w.days())),
          new Object[] {w.withNorm(), w.overNorm(), w.norms().mkString(";")})).toJavaList();
    }
  },
  MEMBERS("members", "month", "member", "inhabitants", "clientsWithSupport", "newAssignments", "endedAssignments",
      "debitsCents", "creditsCents", "recoveriesCents", "netCents", "clientsWithSupportPer1000",
      "newAssignmentsPer1000", "endedAssignmentsPer1000", "debitsCentsPer1000", "creditsCentsPer1000",
      "recoveriesCentsPer1000", "netCentsPer1000") {
    @Override
    List<Object[]> rows(MonitoringFigures f) {
      return f.members().map((MemberFigures m) -> {
        var per = m.perThousand();
        return new Object[] {m.month().toString(), m.member().value(), m.inhabitants().getOrNull(),
            m.clientsWithSupport(), m.newAssignments(), m.endedAssignments(), m.debits().cents(), m.credits().cents(),
            m.recoveries().cents(), m.net().cents(), per.map(b -> b.clientsWithSupport().toString()).getOrNull(),
            per.map(b -> b.newAssignments().toString()).getOrNull(),
            per.map(b -> b.endedAssignments().toString()).getOrNull(), per.map(b -> b.debits().cents()).getOrNull(),
            per.map(b -> b.credits().cents()).getOrNull(), per.map(b -> b.recoveries().cents()).getOrNull(),
            per.map(b -> b.net().cents()).getOrNull()};
      }).toJavaList();
    }
  };

  private final String code;
  private final String[] columns;

  FigureTables(String code, String... columns) {
    this.code = code;
    this.columns = columns;
  }

  /** The core's table this one shows: the only one the question computes. */
  nl.wmokader.core.monitoring.domain.FigureTable core() {
    return nl.wmokader.core.monitoring.domain.FigureTable.valueOf(name());
  }

  String code() {
    return code;
  }

  static io.vavr.control.Option<FigureTables> ofCode(String code) {
    return io.vavr.collection.List.of(values()).find(t -> t.code.equals(code));
  }

  /** The rows, each a value per column in the columns' order. */
  abstract List<Object[]> rows(MonitoringFigures figures);

  /** The table as JSON: {@code {"table": ..., "rows": [{column: value, ...}]}}; a count map as an object. */
  java.util.Map<String, Object> json(MonitoringFigures figures) {
    return json(code, figures.filter(), columns, rows(figures));
  }

  Csv csv(MonitoringFigures figures) {
    return csv(columns, rows(figures));
  }

  /** Any figure table as JSON: {@code {"table", "from", "until", "rows": [{column: value, ...}]}}. */
  static java.util.Map<String, Object> json(String code, nl.wmokader.core.monitoring.domain.FigureFilter filter,
                                            String[] columns, List<Object[]> rows) {
    List<java.util.Map<String, Object>> objects = new ArrayList<>();
    for (Object[] row : rows) {
      java.util.Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < columns.length; i++) {
        object.put(columns[i], row[i] instanceof Counts counts ? counts.byCode() : row[i]);
      }
      objects.add(object);
    }
    java.util.Map<String, Object> table = new LinkedHashMap<>();
    table.put("table", code);
    table.put("from", filter.from().toString());
    table.put("until", filter.until().toString());
    table.put("rows", objects);
    return table;
  }

  /** Any figure table as CSV: a header row of its columns, then its rows. */
  static Csv csv(String[] columns, List<Object[]> rows) {
    Csv table = Csv.of(columns);
    rows.forEach(table::row);
    return table;
  }

  /** Counts by a code: a JSON object, in CSV {@code code=count;...}. */
  record Counts(java.util.Map<String, Long> byCode) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      byCode.forEach((k, v) -> text.append(text.length() == 0 ? "" : ";").append(k).append('=').append(v));
      return text.toString();
    }
  }

  private static <K> Counts counts(Map<K, Long> map, Function<K, String> code) {
    java.util.Map<String, Long> byCode = new java.util.TreeMap<>();
    map.forEach((k, v) -> byCode.merge(code.apply(k), v, Long::sum));
    return new Counts(byCode);
  }

  private static Object[] key(FigureKey k) {
    return new Object[] {k.month().toString(), k.member().value(), k.provider().value(), k.category().code(),
        k.product().map(p -> p.value()).getOrNull()};
  }

  private static Object[] distribution(Distribution d) {
    return new Object[] {d.count(), d.p25(), d.median(), d.p75(), d.p90()};
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
