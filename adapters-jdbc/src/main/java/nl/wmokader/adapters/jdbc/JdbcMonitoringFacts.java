package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.ChainLink;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.monitoring.domain.RecoveredTotal;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;

/**
 * {@link MonitoringFacts} on JDBC: each question one statement (ADR 16).
 *
 * <ul>
 *   <li>{@link #assignments}: a range scan of {@code wmo_assignment} (issued in the months, or the
 *       validity cut at the stop touching the day before the first month to the day after the
 *       last; deleted rows left out), the member as {@code COALESCE(attributed_to, responsible)} and
 *       the client numbered in order of appearance as the rows are read: the BSN is read by this
 *       adapter (as every repository of it does) and turned into the answer's number at once; no
 *       fact and nothing downstream of the port carries it. The assignment's id and the id it
 *       {@code replaces} are numbered the same way ({@link ChainLink}); the parts of a chain
 *       before the window are read by primary key, a statement per step back, only when there are.
 *   <li>{@link #delivered}: the rows of the months in {@code wmo_delivered_total}, which saving a
 *       claim keeps (V19, ADR 17): the active debits per month, member, provider, category,
 *       product and unit, hours as minutes; rows credited back to 0 left out.
 *   <li>{@link #recovered}: one {@code GROUP BY} over the months' rows of {@code wmo_recovery}
 *       (a range of its index on month and member), no reason or reference read.
 * </ul>
 */
public final class JdbcMonitoringFacts implements MonitoringFacts {

  private static final String MEMBER = "COALESCE(a.attributed_to, a.responsible)";

  // The client is numbered here, in order of appearance, not by DENSE_RANK() in the statement: the
  // window sorted every row by BSN and took ~70% of the statement's time (performance.md).
  private static final String ASSIGNMENTS = "SELECT a.client, a.id, a.replaces, "
      + MEMBER + " AS member, a.provider, a.category, a.product, a.volume_quantity, a.volume_unit, "
      + "a.volume_frequency, a.start_date, a.end_date, a.assigned_on, a.delivery_start, a.stop_date, a.stop_reason "
      + "FROM wmo_assignment a WHERE a.status <> ? AND (a.assigned_on BETWEEN ? AND ? "
      + "OR a.start_date <= ? AND (a.stop_date >= ? OR a.stop_date IS NULL AND (a.end_date IS NULL OR a.end_date >= ?)))";

  /** The maintained totals of the months (V19): rows ≈ keys with delivery, whatever the number of lines. */
  private static final String DELIVERED = "SELECT month_index, member, provider, category, product, unit, quantity"
      + " FROM wmo_delivered_total t WHERE month_index BETWEEN ? AND ? AND quantity <> 0";

  /** The months' recoveries (indexed by month and member, V8), summed per month, member and provider. */
  private static final String RECOVERED = "SELECT recovery_month, member, provider, SUM(amount_cents), COUNT(*)"
      + " FROM wmo_recovery r WHERE recovery_month BETWEEN ? AND ?";

  private final Jdbc jdbc;

  public JdbcMonitoringFacts(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Seq<AssignmentFact> assignments(FigureFilter filter) {
    java.util.List<Object> params = new ArrayList<>(java.util.List.of(AssignmentStatus.DELETED,
        filter.firstDay(), filter.lastDay(), filter.lastDay().plusDays(1), filter.firstDay().minusDays(1),
        filter.firstDay().minusDays(1)));
    String sql = ASSIGNMENTS + dimensions(filter, params);
    java.util.Map<String, Long> pseudonyms = new java.util.HashMap<>();
    java.util.List<Read> rows = jdbc.select(sql, rs -> new Read(rs.getObject("id", UUID.class),
        Option.of(rs.getObject("replaces", UUID.class)), fact(rs, pseudonyms)), params.toArray());
    java.util.Map<UUID, ChainLink.Part<UUID>> parts = new java.util.HashMap<>();
    rows.forEach(r -> parts.put(r.id(), new ChainLink.Part<>(r.replaces(), r.fact().deliveryStart())));
    earlierParts(rows, parts);
    java.util.Map<UUID, ChainLink> links = ChainLink.of(List.ofAll(rows).map(Read::id), id -> Option.of(parts.get(id)));
    return List.ofAll(rows).map(r -> r.fact().withLink(links.get(r.id())));
  }

  /** A row of {@link #ASSIGNMENTS}: the fact, and the identifiers that link it, which stay in this adapter. */
  private record Read(UUID id, Option<UUID> replaces, AssignmentFact fact) {}

  /** An assignment's link and start only: the parts of a chain before the answer's months. */
  private static final String PARTS = "SELECT id, replaces, delivery_start FROM wmo_assignment WHERE status <> ? AND id IN ";

  /**
   * Adds to {@code parts} the earlier parts of the answer's chains that the answer lacks (stopped
   * before its window), a round per step back (chains are a few changes of volume long), each round
   * one statement by primary key over at most {@link #PARTS_PER_STATEMENT} ids.
   */
  private void earlierParts(java.util.List<Read> rows, java.util.Map<UUID, ChainLink.Part<UUID>> parts) {
    java.util.Set<UUID> asked = new java.util.HashSet<>(parts.keySet());
    java.util.List<UUID> missing = rows.stream().flatMap(r -> r.replaces().toJavaStream())
        .filter(asked::add).distinct().toList();
    while (!missing.isEmpty()) {
      java.util.List<UUID> next = new ArrayList<>();
      for (int from = 0; from < missing.size(); from += PARTS_PER_STATEMENT) {
        java.util.List<UUID> ids = missing.subList(from, Math.min(missing.size(), from + PARTS_PER_STATEMENT));
        java.util.List<Object> params = new ArrayList<>(java.util.List.of(AssignmentStatus.DELETED));
        params.addAll(ids);
        String sql = PARTS + "(" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        for (var part : jdbc.select(sql, rs -> io.vavr.Tuple.of(rs.getObject(1, UUID.class),
            new ChainLink.Part<>(Option.of(rs.getObject(2, UUID.class)), Jdbc.date(rs, "delivery_start"))),
            params.toArray())) {
          parts.put(part._1, part._2);
          part._2.replaces().filter(asked::add).forEach(next::add);
        }
      }
      missing = next;
    }
  }

  private static final int PARTS_PER_STATEMENT = 500;

  @Override
  public Seq<DeliveredVolume> delivered(FigureFilter filter) {
    java.util.List<Object> params = new ArrayList<>(java.util.List.of(index(filter.from()), index(filter.until())));
    StringBuilder sql = new StringBuilder(DELIVERED);
    memberAndProvider(filter, "t", sql, params);
    filter.category().forEach(c -> {
      sql.append(" AND t.category = ?");
      params.add(c.name());
    });
    filter.product().forEach(p -> {
      sql.append(" AND t.product = ?");
      params.add(p.value());
    });
    return List.ofAll(jdbc.select(sql.toString(), JdbcMonitoringFacts::volume, params.toArray()));
  }

  @Override
  public Seq<RecoveredTotal> recovered(FigureFilter filter) {
    if (filter.category().isDefined() || filter.product().isDefined()) {
      return List.empty(); // a recovery has no category or product
    }
    java.util.List<Object> params = new ArrayList<>(java.util.List.of(filter.from().atDay(1), filter.until().atDay(1)));
    StringBuilder sql = new StringBuilder(RECOVERED);
    memberAndProvider(filter, "r", sql, params);
    sql.append(" GROUP BY recovery_month, member, provider");
    return List.ofAll(jdbc.select(sql.toString(), rs -> new RecoveredTotal(
        YearMonth.from(rs.getObject(1, java.time.LocalDate.class)), Codes.member(rs.getString(2)),
        Codes.provider(rs.getString(3)), Money.ofCents(rs.getLong(4)), rs.getLong(5)), params.toArray()));
  }

  /** The filter's member and provider as terms on {@code table}'s columns {@code member} and {@code provider}. */
  private static void memberAndProvider(FigureFilter filter, String table, StringBuilder sql,
                                        java.util.List<Object> params) {
    filter.member().forEach(m -> {
      sql.append(" AND ").append(table).append(".member = ?");
      params.add(m.value());
    });
    filter.provider().forEach(p -> {
      sql.append(" AND ").append(table).append(".provider = ?");
      params.add(p.value());
    });
  }

  /** A month as {@code wmo_delivered_total} numbers it: 12 × year + month − 1. */
  private static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The filter's member, provider, category and product, as terms on the assignment {@code a}. */
  private static String dimensions(FigureFilter filter, java.util.List<Object> params) {
    StringBuilder sql = new StringBuilder();
    filter.member().forEach(m -> {
      sql.append(" AND ").append(MEMBER).append(" = ?");
      params.add(m.value());
    });
    filter.provider().forEach(p -> {
      sql.append(" AND a.provider = ?");
      params.add(p.value());
    });
    filter.category().forEach(c -> {
      sql.append(" AND a.category = ?");
      params.add(c);
    });
    filter.product().forEach(p -> {
      sql.append(" AND a.product = ?");
      params.add(p.value());
    });
    return sql.toString();
  }

  /**
   * A row of {@link #ASSIGNMENTS}; its client becomes the answer's number for it ({@code pseudonyms}).
   * Its link is a stand-in until the answer's chains are known ({@link #assignments} sets it).
   */
  private static AssignmentFact fact(ResultSet rs, java.util.Map<String, Long> pseudonyms) throws SQLException {
    long pseudonym = pseudonyms.computeIfAbsent(rs.getString("client"), client -> (long) pseudonyms.size() + 1);
    long quantity = rs.getLong("volume_quantity");
    Option<Volume> volume = rs.wasNull() ? Option.none() : Option.some(new Volume(quantity,
        Unit.valueOf(rs.getString("volume_unit")), Frequency.valueOf(rs.getString("volume_frequency"))));
    String reason = rs.getString("stop_reason");
    Option<AssignmentStop> stop = Jdbc.date(rs, "stop_date").map(d -> new AssignmentStop(d, StopReason.valueOf(reason)));
    return new AssignmentFact(pseudonym, Codes.member(rs.getString("member")),
        Codes.provider(rs.getString("provider")), ProductCategory.valueOf(rs.getString("category")),
        Option.of(rs.getString("product")).map(Codes::product),
        DateRange.of(Jdbc.date(rs, "start_date").get(), Jdbc.date(rs, "end_date")), Jdbc.date(rs, "assigned_on").get(),
        Jdbc.date(rs, "delivery_start"), stop, volume, ChainLink.alone(0));
  }

  /** A row of {@link #DELIVERED}, by position (H2 looks a column's name up on every call). */
  private static DeliveredVolume volume(ResultSet rs) throws SQLException {
    int index = rs.getInt(1);
    YearMonth month = YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    String product = rs.getString(5);
    FigureKey key = new FigureKey(month, Codes.member(rs.getString(2)), Codes.provider(rs.getString(3)),
        ProductCategory.valueOf(rs.getString(4)), product.isEmpty() ? Option.none() : Option.some(Codes.product(product)));
    return new DeliveredVolume(key, Unit.valueOf(rs.getString(6)), rs.getLong(7));
  }
}
