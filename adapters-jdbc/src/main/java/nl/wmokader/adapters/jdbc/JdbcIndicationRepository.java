package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Decision;
import nl.wmokader.core.indication.domain.DeliveryForm;
import nl.wmokader.core.indication.domain.Grant;
import nl.wmokader.core.indication.domain.Indication;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.Objection;
import nl.wmokader.core.indication.domain.ObjectionOutcome;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.out.IndicationRepository;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@link IndicationRepository} on JDBC: one row per case in {@code wmo_indication} (the decision,
 * grant and objection as nullable columns), the grant's goals in {@code wmo_indication_goal}.
 */
public final class JdbcIndicationRepository implements IndicationRepository {

  private static final String COLUMNS = "id, client, responsible_municipality, attributed_to, reported_on, "
      + "application_without_report, assessed_on, applied_on, decided_on, refusal_reason, grant_category, "
      + "grant_product, grant_form, grant_quantity, grant_unit, grant_frequency, grant_valid_from, "
      + "grant_valid_until, grant_evaluation_date, objection_filed_on, objection_late, objection_outcome, "
      + "objection_decided_on, version";

  private static final String SELECT = "SELECT " + COLUMNS + " FROM wmo_indication";
  private static final String ORDER = " ORDER BY reported_on, id";
  private static final String OPEN =
      "(decided_on IS NULL OR (objection_filed_on IS NOT NULL AND objection_decided_on IS NULL))";
  private static final int IN_CHUNK = 500;

  private final Jdbc jdbc;

  public JdbcIndicationRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Indication> findById(IndicationId id) {
    return jdbc.read(c -> withGoals(c, Jdbc.query(c, SELECT + " WHERE id = ?", JdbcIndicationRepository::row, id.value())))
        .headOption();
  }

  @Override
  public Seq<Indication> findByClient(Bsn client) {
    return jdbc.read(c -> withGoals(c,
        Jdbc.query(c, SELECT + " WHERE client = ?" + ORDER, JdbcIndicationRepository::row, client.value())));
  }

  @Override
  public Page<Indication> findVisibleTo(Option<MunicipalityCode> municipality, PageRequest page) {
    Object[] scope = scopeParams(municipality);
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) FROM wmo_indication" + where(municipality, null),
          rs -> rs.getLong(1), scope).getOrElse(0L);
      Object[] params = List.of(scope).appendAll(List.of(page.limit(), page.offset())).toJavaArray();
      Seq<Indication> items = withGoals(c, Jdbc.query(c,
          SELECT + where(municipality, null) + ORDER + " LIMIT ? OFFSET ?", JdbcIndicationRepository::row, params));
      return new Page<>(items, total, page);
    });
  }

  @Override
  public Seq<Indication> findOpen(Option<MunicipalityCode> municipality) {
    return jdbc.read(c -> withGoals(c, Jdbc.query(c, SELECT + where(municipality, OPEN) + ORDER,
        JdbcIndicationRepository::row, scopeParams(municipality))));
  }

  private static String where(Option<MunicipalityCode> municipality, String condition) {
    List<String> parts = List.empty();
    if (municipality.isDefined()) {
      parts = parts.append("(responsible_municipality = ? OR attributed_to = ?)");
    }
    if (condition != null) {
      parts = parts.append(condition);
    }
    return parts.isEmpty() ? "" : " WHERE " + parts.mkString(" AND ");
  }

  private static Object[] scopeParams(Option<MunicipalityCode> municipality) {
    return municipality.map(m -> new Object[] {m.value(), m.value()}).getOrElse(new Object[0]);
  }

  @Override
  public Either<DomainError, Indication> save(Indication i) {
    DomainError stale = new CommonError.StaleVersion("Indication", i.id().toString(), i.version());
    return jdbc.change(c -> {
      long next = i.version() + 1;
      Option<Grant> g = i.grant();
      Option<Objection> o = i.objection();
      Object[] values = {
          i.client().value(), i.responsibleMunicipality().value(), i.attributedTo().map(MunicipalityCode::value),
          i.reportedOn(), i.applicationWithoutReport(), i.assessedOn(), i.appliedOn(),
          i.decision().map(Decision::decidedOn), i.decision().flatMap(Decision::refusalReason),
          g.map(Grant::category), g.flatMap(Grant::product).map(ProductCode::value), g.map(Grant::form),
          g.map(x -> x.volume().quantity()), g.map(x -> x.volume().unit()), g.map(x -> x.volume().frequency()),
          g.map(x -> x.validity().start()), g.flatMap(x -> x.validity().end()), g.map(Grant::evaluationDate),
          o.map(Objection::filedOn), o.map(Objection::late), o.flatMap(Objection::outcome),
          o.flatMap(Objection::decidedOn), next};
      int rows;
      if (i.version() == 0) {
        rows = Jdbc.update(c, "INSERT INTO wmo_indication (" + COLUMNS.replace("id, ", "") + ", id) VALUES ("
            + "?, ".repeat(values.length) + "?)", List.of(values).append(i.id().value()).toJavaArray());
      } else {
        rows = Jdbc.update(c, "UPDATE wmo_indication SET client = ?, responsible_municipality = ?, attributed_to = ?, "
            + "reported_on = ?, application_without_report = ?, assessed_on = ?, applied_on = ?, decided_on = ?, "
            + "refusal_reason = ?, grant_category = ?, grant_product = ?, grant_form = ?, grant_quantity = ?, "
            + "grant_unit = ?, grant_frequency = ?, grant_valid_from = ?, grant_valid_until = ?, "
            + "grant_evaluation_date = ?, objection_filed_on = ?, objection_late = ?, objection_outcome = ?, "
            + "objection_decided_on = ?, version = ? WHERE id = ? AND version = ?",
            List.of(values).append(i.id().value()).append(i.version()).toJavaArray());
      }
      if (rows != 1) {
        return Either.left(stale);
      }
      Jdbc.update(c, "DELETE FROM wmo_indication_goal WHERE indication_id = ?", i.id().value());
      Jdbc.batch(c, "INSERT INTO wmo_indication_goal (indication_id, position, goal) VALUES (?, ?, ?)",
          g.map(Grant::goals).getOrElse(List.empty()).zipWithIndex()
              .map(t -> new Object[] {i.id().value(), t._2, t._1}));
      return Either.right(i.withVersion(next));
    }, () -> stale);
  }

  /** A row without its goals: they are added by {@link #withGoals}. */
  private static Indication row(ResultSet rs) throws SQLException {
    Option<LocalDate> decidedOn = Jdbc.date(rs, "decided_on");
    Option<Decision> decision = Option.none();
    if (decidedOn.isDefined()) {
      String reason = rs.getString("refusal_reason");
      decision = Option.some(reason != null
          ? Decision.refused(decidedOn.get(), reason)
          : Decision.granted(decidedOn.get(), grant(rs, List.empty())));
    }
    Option<LocalDate> filedOn = Jdbc.date(rs, "objection_filed_on");
    Option<Objection> objection = Option.none();
    if (filedOn.isDefined()) {
      objection = Option.some(new Objection(filedOn.get(), rs.getBoolean("objection_late"),
          Option.of(rs.getString("objection_outcome")).map(ObjectionOutcome::valueOf),
          Jdbc.date(rs, "objection_decided_on")));
    }
    return Indication.builder()
        .id(new IndicationId(rs.getObject("id", UUID.class)))
        .client(new Bsn(rs.getString("client")))
        .responsibleMunicipality(MunicipalityCode.of(rs.getString("responsible_municipality")))
        .attributedTo(Option.of(rs.getString("attributed_to")).map(MunicipalityCode::of))
        .reportedOn(Jdbc.date(rs, "reported_on").get())
        .applicationWithoutReport(rs.getBoolean("application_without_report"))
        .assessedOn(Jdbc.date(rs, "assessed_on"))
        .appliedOn(Jdbc.date(rs, "applied_on"))
        .decision(decision)
        .objection(objection)
        .version(rs.getLong("version"))
        .build();
  }

  private static Grant grant(ResultSet rs, Seq<String> goals) throws SQLException {
    return Grant.builder()
        .category(ProductCategory.valueOf(rs.getString("grant_category")))
        .product(Option.of(rs.getString("grant_product")).map(ProductCode::of))
        .form(DeliveryForm.valueOf(rs.getString("grant_form")))
        .volume(new Volume(rs.getLong("grant_quantity"), Unit.valueOf(rs.getString("grant_unit")),
            Frequency.valueOf(rs.getString("grant_frequency"))))
        .validity(DateRange.of(Jdbc.date(rs, "grant_valid_from").get(), Jdbc.date(rs, "grant_valid_until")))
        .goals(goals)
        .evaluationDate(Jdbc.date(rs, "grant_evaluation_date").get())
        .build();
  }

  /** The cases with their grants' goals filled in, read in chunks of ids. */
  private static Seq<Indication> withGoals(Connection c, java.util.List<Indication> cases) throws SQLException {
    List<Indication> all = List.ofAll(cases);
    List<UUID> granted = all.filter(i -> i.grant().isDefined()).map(i -> i.id().value());
    Map<UUID, List<String>> goals = HashMap.empty();
    for (List<UUID> chunk : granted.grouped(IN_CHUNK)) {
      java.util.List<Object[]> rows = Jdbc.query(c,
          "SELECT indication_id, goal FROM wmo_indication_goal WHERE indication_id IN ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY indication_id, position",
          rs -> new Object[] {rs.getObject("indication_id", UUID.class), rs.getString("goal")},
          chunk.toJavaArray());
      for (Object[] r : rows) {
        goals = goals.put((UUID) r[0], goals.get((UUID) r[0]).getOrElse(List.empty()).append((String) r[1]));
      }
    }
    Map<UUID, List<String>> byCase = goals;
    return all.map(i -> i.grant().isEmpty() ? i : i.withDecision(Option.some(Decision.granted(
        i.decision().get().decidedOn(),
        i.grant().get().withGoals(byCase.get(i.id().value()).getOrElse(List.empty()))))));
  }
}
