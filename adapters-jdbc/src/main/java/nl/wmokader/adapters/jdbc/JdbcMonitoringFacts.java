package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.monitoring.domain.AssignmentFact;
import nl.wmokader.core.monitoring.domain.DeliveredVolume;
import nl.wmokader.core.monitoring.domain.FigureFilter;
import nl.wmokader.core.monitoring.domain.FigureKey;
import nl.wmokader.core.monitoring.port.out.MonitoringFacts;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.shared.DateRange;

/**
 * {@link MonitoringFacts} on JDBC: each question one statement (ADR 16).
 *
 * <ul>
 *   <li>{@link #assignments}: a range scan of {@code wmo_assignment} (issued in the months, or the
 *       validity cut at the stop touching the day before the first month to the day after the
 *       last; deleted rows left out), the member as {@code COALESCE(attributed_to, responsible)} and
 *       the client numbered by {@code DENSE_RANK() OVER (ORDER BY client)}: the BSN is compared
 *       inside the statement and never selected.
 *   <li>{@link #delivered}: one {@code GROUP BY} over the approved debit lines of the months of the
 *       filter's (not deleted) assignments that no approved credit of the same assignment and month
 *       takes back, hours counted as minutes.
 * </ul>
 */
public final class JdbcMonitoringFacts implements MonitoringFacts {

  private static final String MEMBER = "COALESCE(a.attributed_to, a.responsible)";

  private static final String ASSIGNMENTS = "SELECT DENSE_RANK() OVER (ORDER BY a.client) AS pseudonym, "
      + MEMBER + " AS member, a.provider, a.category, a.product, a.volume_quantity, a.volume_unit, "
      + "a.volume_frequency, a.start_date, a.end_date, a.assigned_on, a.delivery_start, a.stop_date, a.stop_reason "
      + "FROM wmo_assignment a WHERE a.status <> ? AND (a.assigned_on BETWEEN ? AND ? "
      + "OR a.start_date <= ? AND (a.stop_date >= ? OR a.stop_date IS NULL AND (a.end_date IS NULL OR a.end_date >= ?)))";

  private static final String MONTH_OF = "EXTRACT(YEAR FROM l.period_start) * 12 + EXTRACT(MONTH FROM l.period_start)";
  private static final String UNIT = "CASE WHEN l.unit = 'HOUR' THEN 'MINUTE' ELSE l.unit END";

  private static final String DELIVERED = "SELECT " + MONTH_OF + " AS month_index, " + MEMBER + " AS member, "
      + "a.provider, a.category, a.product, " + UNIT + " AS unit, "
      + "SUM(CASE WHEN l.unit = 'HOUR' THEN l.volume * 60 ELSE l.volume END) AS quantity "
      + "FROM wmo_assignment a JOIN wmo_claim_line l ON l.assignment_id = a.id "
      // the months' approved credits, joined once by equality (a hash join on PostgreSQL), not
      // looked up per debit: an assignment's index entries hold all its months' lines
      + "LEFT JOIN (SELECT c.assignment_id, c.previous_reference, "
      + "EXTRACT(YEAR FROM c.period_start) * 12 + EXTRACT(MONTH FROM c.period_start) AS credit_month "
      + "FROM wmo_claim_line c WHERE c.approved AND c.direction = ? AND c.period_start BETWEEN %1$s AND %2$s) cr "
      + "ON cr.assignment_id = l.assignment_id AND cr.previous_reference = l.reference AND cr.credit_month = "
      + MONTH_OF + " "
      + "WHERE a.status <> ? AND l.approved AND l.direction = ? AND l.period_start BETWEEN %1$s AND %2$s "
      + "AND cr.assignment_id IS NULL";

  private static final String DELIVERED_GROUPS = " GROUP BY " + MONTH_OF + ", " + MEMBER + ", a.provider, a.category, "
      + "a.product, " + UNIT;

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
    return List.ofAll(jdbc.select(sql, JdbcMonitoringFacts::fact, params.toArray()));
  }

  @Override
  public Seq<DeliveredVolume> delivered(FigureFilter filter) {
    java.util.List<Object> params = new ArrayList<>(java.util.List.of(DebitCredit.CREDIT, AssignmentStatus.DELETED,
        DebitCredit.DEBIT));
    // the months as literals, not parameters: a plan PostgreSQL keeps for any months (after five
    // runs of a prepared statement) scans a year by nested loops, 30 times slower than one made for
    // these months; a LocalDate writes only digits and hyphens
    String sql = String.format(DELIVERED, date(filter.firstDay()), date(filter.lastDay())) + dimensions(filter, params)
        + DELIVERED_GROUPS;
    return List.ofAll(jdbc.select(sql, JdbcMonitoringFacts::volume, params.toArray()));
  }

  private static String date(java.time.LocalDate day) {
    return "DATE '" + day + "'";
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

  private static AssignmentFact fact(ResultSet rs) throws SQLException {
    long quantity = rs.getLong("volume_quantity");
    Option<Volume> volume = rs.wasNull() ? Option.none() : Option.some(new Volume(quantity,
        Unit.valueOf(rs.getString("volume_unit")), Frequency.valueOf(rs.getString("volume_frequency"))));
    String reason = rs.getString("stop_reason");
    Option<AssignmentStop> stop = Jdbc.date(rs, "stop_date").map(d -> new AssignmentStop(d, StopReason.valueOf(reason)));
    return new AssignmentFact(rs.getLong("pseudonym"), Codes.member(rs.getString("member")),
        Codes.provider(rs.getString("provider")), ProductCategory.valueOf(rs.getString("category")),
        Option.of(rs.getString("product")).map(Codes::product),
        DateRange.of(Jdbc.date(rs, "start_date").get(), Jdbc.date(rs, "end_date")), Jdbc.date(rs, "assigned_on").get(),
        Jdbc.date(rs, "delivery_start"), stop, volume);
  }

  private static DeliveredVolume volume(ResultSet rs) throws SQLException {
    int index = rs.getInt("month_index") - 1;  // 12 × year + month, the month counted from 1
    YearMonth month = YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    FigureKey key = new FigureKey(month, Codes.member(rs.getString("member")), Codes.provider(rs.getString("provider")),
        ProductCategory.valueOf(rs.getString("category")), Option.of(rs.getString("product")).map(Codes::product));
    return new DeliveredVolume(key, Unit.valueOf(rs.getString("unit")), rs.getLong("quantity"));
  }
}
