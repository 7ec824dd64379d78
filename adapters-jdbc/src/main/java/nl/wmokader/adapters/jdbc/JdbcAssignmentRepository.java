package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.Frequency;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentStatus;
import nl.wmokader.core.indication.domain.AssignmentStop;
import nl.wmokader.core.indication.domain.AssignmentType;
import nl.wmokader.core.indication.domain.IndicationId;
import nl.wmokader.core.indication.domain.StopReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.out.AssignmentFilter;
import nl.wmokader.core.indication.port.out.AssignmentRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** {@link AssignmentRepository} on JDBC: one row per assignment in {@code wmo_assignment}. */
public final class JdbcAssignmentRepository implements AssignmentRepository {

  private static final String COLUMNS = "id, indication_id, client, responsible, attributed_to, provider, assignment_type, "
      + "category, product, volume_quantity, volume_unit, volume_frequency, start_date, end_date, assigned_on, "
      + "delivery_start, stop_date, stop_reason, status, replaces, version, assignment_number";

  /** {@link AssignmentRepository#ORDER}: UUIDs sort as their canonical text on H2 and PostgreSQL. */
  private static final String ORDER_BY = " ORDER BY start_date, id";

  private final Jdbc jdbc;

  public JdbcAssignmentRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Assignment> findById(AssignmentId id) {
    return Option.ofOptional(jdbc.select("SELECT " + COLUMNS + " FROM wmo_assignment WHERE id = ?",
        JdbcAssignmentRepository::assignment, id.value()).stream().findFirst());
  }

  /** One query, one round trip: the ids as one array parameter ({@link Jdbc#whereIn}), looked up by the primary key. */
  @Override
  public Seq<Assignment> findByIds(io.vavr.collection.Traversable<AssignmentId> ids) {
    if (ids.isEmpty()) {
      return List.empty();
    }
    return List.ofAll(jdbc.select("SELECT " + COLUMNS + jdbc.whereIn("wmo_assignment", "id"),
        JdbcAssignmentRepository::assignment,
        Jdbc.array("uuid", ids.toJavaList().stream().map(AssignmentId::value).toArray())));
  }

  /** One query, one round trip, on the unique index of (responsible, assignment_number). */
  @Override
  public Seq<Assignment> findByNumbers(MunicipalityCode municipality,
                                       io.vavr.collection.Traversable<AssignmentNumber> numbers) {
    if (numbers.isEmpty()) {
      return List.empty();
    }
    return List.ofAll(jdbc.select("SELECT " + COLUMNS + jdbc.whereIn("wmo_assignment", "assignment_number")
            + " AND responsible = ?", JdbcAssignmentRepository::assignment,
        Jdbc.array("bigint", numbers.toJavaList().stream().map(AssignmentNumber::value).toArray()),
        municipality.value()));
  }

  /**
   * The sequence's row, moved past its last number and past every stored number of the
   * municipality (the unique index's MAX: one index seek), under its row lock; a first number
   * inserts the row, and a concurrent first insert makes it try once more as an update.
   */
  @Override
  public Option<AssignmentNumber> nextNumber(MunicipalityCode municipality) {
    String stored = "(SELECT COALESCE(MAX(assignment_number), 0) FROM wmo_assignment WHERE responsible = ?)";
    for (int attempt = 0; attempt < 2; attempt++) {
      Either<DomainError, Long> next = jdbc.change(c -> {
        int moved = Jdbc.update(c, "UPDATE wmo_assignment_number_sequence SET last_number = GREATEST(last_number, "
            + stored + ") + 1 WHERE municipality = ?", municipality.value(), municipality.value());
        if (moved == 0) {
          Jdbc.update(c, "INSERT INTO wmo_assignment_number_sequence (municipality, last_number) VALUES (?, "
              + stored + " + 1)", municipality.value(), municipality.value());
        }
        return Either.right(Jdbc.queryFirst(c, "SELECT last_number FROM wmo_assignment_number_sequence "
            + "WHERE municipality = ?", rs -> rs.getLong("last_number"), municipality.value()).get());
      }, () -> new CommonError.Duplicate("AssignmentNumberSequence", municipality.value()));
      if (next.isRight()) {
        return next.get() <= AssignmentNumber.MAX ? Option.some(AssignmentNumber.of(next.get())) : Option.none();
      }
    }
    throw new IllegalStateException("the assignment number sequence of " + municipality.value() + " kept moving");
  }

  @Override
  public Seq<Assignment> find(AssignmentFilter filter) {
    Where where = where(filter);
    return jdbc.read(c -> List.ofAll(Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_assignment" + where.sql + ORDER_BY,
        JdbcAssignmentRepository::assignment, where.params.toArray())));
  }

  @Override
  public Page<Assignment> findPage(AssignmentFilter filter, PageRequest page) {
    Where where = where(filter);
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_assignment" + where.sql, rs -> rs.getLong("n"),
          where.params.toArray()).get();
      java.util.List<Object> params = new ArrayList<>(where.params);
      params.add(page.limit());
      params.add(page.offset());
      List<Assignment> items = List.ofAll(Jdbc.query(c,
          "SELECT " + COLUMNS + " FROM wmo_assignment" + where.sql + ORDER_BY + " LIMIT ? OFFSET ?",
          JdbcAssignmentRepository::assignment, params.toArray()));
      return new Page<>(items, total, page);
    });
  }

  @Override
  public Either<DomainError, Assignment> save(Assignment assignment) {
    return saveAll(List.of(assignment)).map(Seq::head);
  }

  @Override
  public Either<DomainError, Seq<Assignment>> saveAll(Seq<Assignment> assignments) {
    return jdbc.change(c -> {
      List<Assignment> stored = List.empty();
      for (Assignment a : assignments) {
        if (numberTaken(c, a)) {
          return Either.left(new CommonError.Duplicate("AssignmentNumber", a.number().get().toString()));
        }
        if (!write(c, a)) {
          return Either.left(stale(a));
        }
        stored = stored.append(a.withVersion(a.version() + 1));
      }
      return Either.<DomainError, Seq<Assignment>>right(stored);
    }, () -> stale(assignments.head()));
  }

  /**
   * Whether another stored assignment of {@code a}'s municipality has its number: named as a
   * duplicate before writing; a concurrent one is the unique index's, answered as stale.
   */
  private static boolean numberTaken(Connection c, Assignment a) throws SQLException {
    return a.number().isDefined() && Jdbc.queryFirst(c, "SELECT 1 AS one FROM wmo_assignment WHERE responsible = ? "
        + "AND assignment_number = ? AND id <> ?", rs -> 1, a.responsibleMunicipality().value(), a.number().get().value(),
        a.id().value()).isDefined();
  }

  private static DomainError stale(Assignment a) {
    return new CommonError.StaleVersion("Assignment", a.id().toString(), a.version());
  }

  /** Inserts (version 0) or updates at the expected version; false when the stored version differs. */
  private static boolean write(Connection c, Assignment a) throws SQLException {
    long next = a.version() + 1;
    Object[] values = {
        a.indication().value(), a.client().value(), a.responsibleMunicipality().value(),
        a.attributedTo().map(MunicipalityCode::value), a.provider().value(), a.type(), a.category(),
        a.product().map(ProductCode::value), a.volume().map(Volume::quantity), a.volume().map(Volume::unit),
        a.volume().map(Volume::frequency), a.validity().start(), a.validity().end(), a.assignedOn(),
        a.deliveryStart(), a.stop().map(AssignmentStop::date), a.stop().map(AssignmentStop::reason), a.status(),
        a.replaces().map(AssignmentId::value), next, a.number().map(AssignmentNumber::value)};
    if (a.version() == 0) {
      if (Jdbc.queryFirst(c, "SELECT 1 AS one FROM wmo_assignment WHERE id = ?", rs -> 1, a.id().value()).isDefined()) {
        return false;
      }
      Object[] params = new Object[values.length + 1];
      params[0] = a.id().value();
      System.arraycopy(values, 0, params, 1, values.length);
      return Jdbc.update(c, "INSERT INTO wmo_assignment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params) == 1;
    }
    Object[] params = new Object[values.length + 2];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = a.id().value();
    params[values.length + 1] = a.version();
    return Jdbc.update(c, "UPDATE wmo_assignment SET indication_id = ?, client = ?, responsible = ?, attributed_to = ?, "
        + "provider = ?, assignment_type = ?, category = ?, product = ?, volume_quantity = ?, volume_unit = ?, "
        + "volume_frequency = ?, start_date = ?, end_date = ?, assigned_on = ?, delivery_start = ?, stop_date = ?, "
        + "stop_reason = ?, status = ?, replaces = ?, version = ?, assignment_number = ? WHERE id = ? AND version = ?",
        params) == 1;
  }

  private record Where(String sql, java.util.List<Object> params) {}

  private static Where where(AssignmentFilter f) {
    java.util.List<String> terms = new ArrayList<>();
    java.util.List<Object> params = new ArrayList<>();
    f.municipality().forEach(m -> {
      terms.add("(responsible = ? OR attributed_to = ?)");
      params.add(m.value());
      params.add(m.value());
    });
    f.provider().forEach(p -> {
      terms.add("provider = ?");
      params.add(p.value());
    });
    f.indication().forEach(i -> {
      terms.add("indication_id = ?");
      params.add(i.value());
    });
    f.client().forEach(b -> {
      terms.add("client = ?");
      params.add(b.value());
    });
    f.status().forEach(s -> {
      terms.add("status = ?");
      params.add(s);
    });
    return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), params);
  }

  private static Option<AssignmentNumber> number(ResultSet rs) throws SQLException {
    long number = rs.getLong("assignment_number");
    return rs.wasNull() ? Option.none() : Option.some(AssignmentNumber.of(number));
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    long quantity = rs.getLong("volume_quantity");
    Option<Volume> volume = rs.wasNull() ? Option.none() : Option.some(new Volume(quantity,
        Unit.valueOf(rs.getString("volume_unit")), Frequency.valueOf(rs.getString("volume_frequency"))));
    String reason = rs.getString("stop_reason");
    Option<AssignmentStop> stop = Jdbc.date(rs, "stop_date").map(d -> new AssignmentStop(d, StopReason.valueOf(reason)));
    return Assignment.builder()
        .id(new AssignmentId(rs.getObject("id", UUID.class)))
        .indication(new IndicationId(rs.getObject("indication_id", UUID.class)))
        .client(new Bsn(rs.getString("client")))
        .responsibleMunicipality(Codes.member(rs.getString("responsible")))
        .attributedTo(Option.of(rs.getString("attributed_to")).map(Codes::member))
        .provider(Codes.provider(rs.getString("provider")))
        .type(AssignmentType.valueOf(rs.getString("assignment_type")))
        .category(ProductCategory.valueOf(rs.getString("category")))
        .product(Option.of(rs.getString("product")).map(Codes::product))
        .volume(volume)
        .validity(DateRange.of(Jdbc.date(rs, "start_date").get(), Jdbc.date(rs, "end_date")))
        .assignedOn(Jdbc.date(rs, "assigned_on").get())
        .deliveryStart(Jdbc.date(rs, "delivery_start"))
        .stop(stop)
        .status(AssignmentStatus.valueOf(rs.getString("status")))
        .replaces(Option.of(rs.getObject("replaces", UUID.class)).map(AssignmentId::new))
        .version(rs.getLong("version"))
        .number(number(rs))
        .build();
  }
}
