package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.supervision.domain.Finding;
import nl.wmokader.core.supervision.domain.Investigation;
import nl.wmokader.core.supervision.domain.InvestigationId;
import nl.wmokader.core.supervision.domain.InvestigationScope;
import nl.wmokader.core.supervision.domain.InvestigationStatus;
import nl.wmokader.core.supervision.domain.InvestigationTrigger;
import nl.wmokader.core.supervision.domain.MeasureRecord;
import nl.wmokader.core.supervision.domain.MemberInformed;
import nl.wmokader.core.supervision.domain.Outcome;
import nl.wmokader.core.supervision.domain.SignalId;
import nl.wmokader.core.supervision.domain.Verdict;
import nl.wmokader.core.supervision.port.out.InvestigationRepository;

/**
 * {@link InvestigationRepository} on JDBC: a versioned row per investigation in
 * {@code wmo_investigation}, its trigger's signals, findings, outcomes (with a recovery's parts) and
 * informed members in child tables, each in its order by {@code position}. A save replaces the
 * child rows; a read takes one query per table, however many investigations it answers.
 */
public final class JdbcInvestigationRepository implements InvestigationRepository {

  private static final String COLUMNS = "id, provider, trigger_kind, scope, delivery_form, opened_on, status, "
      + "status_since, response_due, final_report_on, version";

  /** {@link InvestigationRepository#ORDER}: UUIDs sort as their canonical text on H2 and PostgreSQL. */
  private static final String ORDER_BY = " ORDER BY opened_on, id";

  private static final String SIGNAL_DRIVEN = "SIGNAL_DRIVEN";
  private static final String PROACTIVE = "PROACTIVE";

  /** Child tables, parts before the outcomes they refer to. */
  private static final List<String> CHILD_TABLES = List.of("wmo_investigation_recovery_part",
      "wmo_investigation_outcome", "wmo_investigation_finding", "wmo_investigation_signal", "wmo_investigation_informed");

  private final Jdbc jdbc;

  public JdbcInvestigationRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Investigation> findById(InvestigationId id) {
    return jdbc.read(c -> load(c, " WHERE id = ?", id.value()).headOption());
  }

  @Override
  public Seq<Investigation> find(Option<AgbCode> provider) {
    return jdbc.read(c -> provider.isDefined()
        ? load(c, " WHERE provider = ?", provider.get().value())
        : load(c, ""));
  }

  @Override
  public Either<DomainError, Investigation> save(Investigation i) {
    DomainError stale = new CommonError.StaleVersion("Investigation", i.id().toString(), i.version());
    return jdbc.change(c -> {
      if (!write(c, i)) {
        return Either.left(stale);
      }
      if (i.version() > 0) {
        for (String table : CHILD_TABLES) {
          Jdbc.update(c, "DELETE FROM " + table + " WHERE investigation_id = ?", i.id().value());
        }
      }
      writeChildren(c, i);
      return Either.right(i.withVersion(i.version() + 1));
    }, () -> stale);
  }

  // --- writing --------------------------------------------------------------------------------

  /** Inserts (version 0) or updates at the expected version; false when the stored version differs. */
  private static boolean write(Connection c, Investigation i) throws SQLException {
    UUID id = i.id().value();
    Object[] values = {i.provider().value(), i.trigger() instanceof InvestigationTrigger.SignalDriven ? SIGNAL_DRIVEN
        : PROACTIVE, i.scope(), i.deliveryForm(), i.openedOn(), i.status(), i.statusSince(), i.responseDue(),
        i.finalReportOn(), i.version() + 1};
    if (i.version() == 0) {
      // a concurrent insert of the same id fails on the key, which Jdbc.change answers as stale too
      return !Jdbc.exists(c, "wmo_investigation", id)
          && Jdbc.update(c, "INSERT INTO wmo_investigation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              Jdbc.prepend(id, values)) == 1;
    }
    return Jdbc.update(c, "UPDATE wmo_investigation SET provider = ?, trigger_kind = ?, scope = ?, delivery_form = ?, "
            + "opened_on = ?, status = ?, status_since = ?, response_due = ?, final_report_on = ?, version = ? "
            + "WHERE id = ? AND version = ?",
        Jdbc.append(values, id, i.version())) == 1;
  }

  private static void writeChildren(Connection c, Investigation i) throws SQLException {
    UUID id = i.id().value();
    java.util.List<Object[]> signals = new ArrayList<>();
    if (i.trigger() instanceof InvestigationTrigger.SignalDriven d) {
      d.signals().zipWithIndex().forEach(t -> signals.add(new Object[] {id, t._2, t._1.value()}));
    }
    java.util.List<Object[]> findings = new ArrayList<>();
    i.findings().zipWithIndex().forEach(t -> findings.add(new Object[] {id, t._2, t._1.normCode(), t._1.normName(),
        t._1.verdict(), t._1.note()}));
    java.util.List<Object[]> outcomes = new ArrayList<>();
    java.util.List<Object[]> parts = new ArrayList<>();
    i.outcomes().zipWithIndex().forEach(t -> {
      outcomes.add(outcomeRow(id, t._2, t._1, i.measures().find(m -> m.outcome() == t._2)));
      if (t._1 instanceof Outcome.Recovery r) {
        r.parts().zipWithIndex().forEach(p -> parts.add(new Object[] {id, t._2, p._2, p._1.member().value(),
            p._1.amount().cents()}));
      }
    });
    java.util.List<Object[]> informed = new ArrayList<>();
    i.informed().zipWithIndex().forEach(t -> informed.add(new Object[] {id, t._2, t._1.member().value(), t._1.on()}));

    batch(c, "INSERT INTO wmo_investigation_signal (investigation_id, position, signal_id) VALUES (?, ?, ?)", signals);
    batch(c, "INSERT INTO wmo_investigation_finding (investigation_id, position, norm_code, norm_name, verdict, note)"
        + " VALUES (?, ?, ?, ?, ?, ?)", findings);
    batch(c, "INSERT INTO wmo_investigation_outcome (investigation_id, position, kind, description, deadline, "
        + "followed_up_on, from_date, until_date, reported_to, decided_on, measure_reported_on)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", outcomes);
    batch(c, "INSERT INTO wmo_investigation_recovery_part (investigation_id, outcome_position, position, member, "
        + "amount_cents) VALUES (?, ?, ?, ?, ?)", parts);
    batch(c, "INSERT INTO wmo_investigation_informed (investigation_id, position, member, informed_on)"
        + " VALUES (?, ?, ?, ?)", informed);
  }

  private static void batch(Connection c, String sql, java.util.List<Object[]> rows) throws SQLException {
    if (!rows.isEmpty()) {
      Jdbc.batch(c, sql, rows);
    }
  }

  /**
   * investigation_id, position, kind, description, deadline, followed_up_on, from_date, until_date,
   * reported_to, decided_on, measure_reported_on.
   */
  private static Object[] outcomeRow(UUID id, int position, Outcome o, Option<MeasureRecord> measure) {
    String kind;
    String description = null;
    LocalDate deadline = null;
    LocalDate followedUpOn = null;
    LocalDate from = null;
    LocalDate until = null;
    String reportedTo = null;
    if (o instanceof Outcome.NoFindings) {
      kind = "NO_FINDINGS";
    } else if (o instanceof Outcome.ImprovementPoint p) {
      kind = "IMPROVEMENT_POINT";
      description = p.description();
      deadline = p.deadline();
      followedUpOn = p.followedUpOn().getOrNull();
    } else if (o instanceof Outcome.Instruction in) {
      kind = "INSTRUCTION";
      description = in.description();
      deadline = in.deadline();
    } else if (o instanceof Outcome.ClientStop s) {
      kind = "CLIENT_STOP";
      from = s.from();
      until = s.until().getOrNull();
    } else if (o instanceof Outcome.ContractSuspension s) {
      kind = "CONTRACT_SUSPENSION";
      from = s.from();
      until = s.until().getOrNull();
    } else if (o instanceof Outcome.ContractTermination t) {
      kind = "CONTRACT_TERMINATION";
      from = t.from();
    } else if (o instanceof Outcome.Recovery) {
      kind = "RECOVERY";
    } else if (o instanceof Outcome.FraudReport f) {
      kind = "FRAUD_REPORT";
      reportedTo = f.reportedTo();
    } else {
      throw new IllegalStateException("an outcome of an unknown kind: " + o.getClass().getSimpleName());
    }
    return new Object[] {id, position, kind, description, deadline, followedUpOn, from, until, reportedTo,
        measure.map(MeasureRecord::decidedOn).getOrNull(), measure.flatMap(MeasureRecord::reportedOn).getOrNull()};
  }

  // --- reading --------------------------------------------------------------------------------

  /** The investigations {@code where} selects, in order, with their children: one query per table. */
  private static List<Investigation> load(Connection c, String where, Object... params) throws SQLException {
    java.util.List<Head> heads = Jdbc.query(c,
        "SELECT " + COLUMNS + " FROM wmo_investigation" + where + ORDER_BY, JdbcInvestigationRepository::head, params);
    if (heads.isEmpty()) {
      return List.empty();
    }
    String owned = " WHERE investigation_id IN (SELECT id FROM wmo_investigation" + where + ")";
    Map<UUID, java.util.List<SignalId>> signals = group(c, "SELECT investigation_id, signal_id FROM "
        + "wmo_investigation_signal" + owned + " ORDER BY investigation_id, position",
        rs -> new SignalId(rs.getObject("signal_id", UUID.class)), params);
    Map<UUID, java.util.List<Finding>> findings = group(c, "SELECT investigation_id, norm_code, norm_name, verdict, note"
        + " FROM wmo_investigation_finding" + owned + " ORDER BY investigation_id, position",
        rs -> new Finding(rs.getString("norm_code"), rs.getString("norm_name"), Verdict.valueOf(rs.getString("verdict")),
            rs.getString("note")), params);
    Map<Tuple2<UUID, Integer>, java.util.List<Outcome.Recovery.Part>> parts = new HashMap<>();
    for (Tuple2<Tuple2<UUID, Integer>, Outcome.Recovery.Part> row : Jdbc.query(c, "SELECT investigation_id, "
        + "outcome_position, member, amount_cents FROM wmo_investigation_recovery_part" + owned
        + " ORDER BY investigation_id, outcome_position, position",
        rs -> Tuple.of(Tuple.of(rs.getObject("investigation_id", UUID.class), rs.getInt("outcome_position")),
            new Outcome.Recovery.Part(MunicipalityCode.of(rs.getString("member")),
                Money.ofCents(rs.getLong("amount_cents")))), params)) {
      parts.computeIfAbsent(row._1, k -> new ArrayList<>()).add(row._2);
    }
    // Each outcome with its measure record, if it is a formal measure.
    Map<UUID, java.util.List<Tuple2<Outcome, Option<MeasureRecord>>>> outcomes = group(c, "SELECT investigation_id, "
        + "position, kind, description, deadline, followed_up_on, from_date, until_date, reported_to, decided_on, "
        + "measure_reported_on FROM wmo_investigation_outcome" + owned + " ORDER BY investigation_id, position",
        rs -> Tuple.of(outcome(rs, parts), measure(rs)), params);
    Map<UUID, java.util.List<MemberInformed>> informed = group(c, "SELECT investigation_id, member, informed_on FROM "
        + "wmo_investigation_informed" + owned + " ORDER BY investigation_id, position",
        rs -> new MemberInformed(MunicipalityCode.of(rs.getString("member")), Jdbc.date(rs, "informed_on").get()),
        params);

    List<Investigation> out = List.empty();
    for (Head h : heads) {
      InvestigationTrigger trigger = h.signalDriven()
          ? new InvestigationTrigger.SignalDriven(List.ofAll(signals.getOrDefault(h.id(), java.util.List.of())))
          : new InvestigationTrigger.Proactive();
      out = out.append(Investigation.builder()
          .id(new InvestigationId(h.id()))
          .provider(h.provider())
          .trigger(trigger)
          .scope(h.scope())
          .deliveryForm(h.deliveryForm())
          .openedOn(h.openedOn())
          .status(h.status())
          .statusSince(h.statusSince())
          .responseDue(h.responseDue())
          .finalReportOn(h.finalReportOn())
          .findings(List.ofAll(findings.getOrDefault(h.id(), java.util.List.of())))
          .outcomes(List.ofAll(outcomes.getOrDefault(h.id(), java.util.List.of())).map(Tuple2::_1))
          .measures(List.ofAll(outcomes.getOrDefault(h.id(), java.util.List.of())).flatMap(Tuple2::_2))
          .informed(List.ofAll(informed.getOrDefault(h.id(), java.util.List.of())))
          .version(h.version())
          .build());
    }
    return out;
  }

  /** The rows of {@code sql} by investigation, each investigation's in the order of the query. */
  private static <T> Map<UUID, java.util.List<T>> group(Connection c, String sql, Jdbc.RowMapper<T> mapper,
                                                        Object... params) throws SQLException {
    Map<UUID, java.util.List<T>> out = new HashMap<>();
    for (Tuple2<UUID, T> row : Jdbc.query(c, sql, rs -> Tuple.of(rs.getObject("investigation_id", UUID.class),
        mapper.map(rs)), params)) {
      out.computeIfAbsent(row._1, k -> new ArrayList<>()).add(row._2);
    }
    return out;
  }

  /** The investigation's own columns: built into the aggregate once its children are read, as its check needs them. */
  private record Head(UUID id, AgbCode provider, boolean signalDriven, InvestigationScope scope,
                      ProviderDeliveryForm deliveryForm, LocalDate openedOn, InvestigationStatus status,
                      LocalDate statusSince, Option<LocalDate> responseDue, Option<LocalDate> finalReportOn,
                      long version) {}

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(rs.getObject("id", UUID.class), AgbCode.of(rs.getString("provider")),
        SIGNAL_DRIVEN.equals(rs.getString("trigger_kind")), InvestigationScope.valueOf(rs.getString("scope")),
        ProviderDeliveryForm.valueOf(rs.getString("delivery_form")), Jdbc.date(rs, "opened_on").get(),
        InvestigationStatus.valueOf(rs.getString("status")), Jdbc.date(rs, "status_since").get(),
        Jdbc.date(rs, "response_due"), Jdbc.date(rs, "final_report_on"), rs.getLong("version"));
  }

  private static Option<MeasureRecord> measure(ResultSet rs) throws SQLException {
    Option<LocalDate> decidedOn = Jdbc.date(rs, "decided_on");
    return decidedOn.isEmpty() ? Option.none()
        : Option.some(new MeasureRecord(rs.getInt("position"), decidedOn.get(), Jdbc.date(rs, "measure_reported_on")));
  }

  private static Outcome outcome(ResultSet rs, Map<Tuple2<UUID, Integer>, java.util.List<Outcome.Recovery.Part>> parts)
      throws SQLException {
    String kind = rs.getString("kind");
    return switch (kind) {
      case "NO_FINDINGS" -> new Outcome.NoFindings();
      case "IMPROVEMENT_POINT" -> new Outcome.ImprovementPoint(rs.getString("description"),
          Jdbc.date(rs, "deadline").get(), Jdbc.date(rs, "followed_up_on"));
      case "INSTRUCTION" -> new Outcome.Instruction(rs.getString("description"), Jdbc.date(rs, "deadline").get());
      case "CLIENT_STOP" -> new Outcome.ClientStop(Jdbc.date(rs, "from_date").get(), Jdbc.date(rs, "until_date"));
      case "CONTRACT_SUSPENSION" -> new Outcome.ContractSuspension(Jdbc.date(rs, "from_date").get(),
          Jdbc.date(rs, "until_date"));
      case "CONTRACT_TERMINATION" -> new Outcome.ContractTermination(Jdbc.date(rs, "from_date").get());
      case "RECOVERY" -> new Outcome.Recovery(List.ofAll(parts.getOrDefault(
          Tuple.of(rs.getObject("investigation_id", UUID.class), rs.getInt("position")), java.util.List.of())));
      case "FRAUD_REPORT" -> new Outcome.FraudReport(rs.getString("reported_to"));
      default -> throw new IllegalStateException("an outcome of an unknown kind: " + kind);
    };
  }
}
