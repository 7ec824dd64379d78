package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
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
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.indication.domain.AssignmentRequest;
import nl.wmokader.core.indication.domain.AssignmentRequestId;
import nl.wmokader.core.indication.domain.AssignmentRequestStatus;
import nl.wmokader.core.indication.domain.ProviderReference;
import nl.wmokader.core.indication.domain.RequestKind;
import nl.wmokader.core.indication.domain.RequestRefusalReason;
import nl.wmokader.core.indication.domain.Volume;
import nl.wmokader.core.indication.port.out.AssignmentRequestFilter;
import nl.wmokader.core.indication.port.out.AssignmentRequestRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/** {@link AssignmentRequestRepository} on JDBC: a versioned row per request in {@code wmo_assignment_request}. */
public final class JdbcAssignmentRequestRepository implements AssignmentRequestRepository {

  private static final String COLUMNS = "id, kind, provider, municipality, client, reference, received_on, category, "
      + "product, volume_quantity, volume_unit, volume_frequency, start_date, end_date, assignment_number, status, "
      + "refusal_reason, answered_on, outcome, version";

  /** {@link AssignmentRequestRepository#ORDER}: UUIDs sort as their canonical text on H2 and PostgreSQL. */
  private static final String ORDER_BY = " ORDER BY received_on, id";

  private final Jdbc jdbc;

  public JdbcAssignmentRequestRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<AssignmentRequest> findById(AssignmentRequestId id) {
    return jdbc.read(c -> Jdbc.queryFirst(c, "SELECT " + COLUMNS + " FROM wmo_assignment_request WHERE id = ?",
        JdbcAssignmentRequestRepository::request, id.value()));
  }

  @Override
  public Page<AssignmentRequest> findPage(AssignmentRequestFilter filter, PageRequest page) {
    java.util.List<String> terms = new ArrayList<>();
    java.util.List<Object> params = new ArrayList<>();
    filter.municipality().forEach(m -> term(terms, params, "municipality = ?", m.value()));
    filter.provider().forEach(p -> term(terms, params, "provider = ?", p.value()));
    filter.status().forEach(s -> term(terms, params, "status = ?", s.name()));
    filter.reference().forEach(r -> term(terms, params, "reference = ?", r.value()));
    String where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    return jdbc.read(c -> {
      long total = Jdbc.queryFirst(c, "SELECT COUNT(*) AS n FROM wmo_assignment_request" + where,
          rs -> rs.getLong("n"), params.toArray()).get();
      java.util.List<Object> paged = new ArrayList<>(params);
      paged.add(page.limit());
      paged.add(page.offset());
      return new Page<>(List.ofAll(Jdbc.query(c, "SELECT " + COLUMNS + " FROM wmo_assignment_request" + where + ORDER_BY
          + " LIMIT ? OFFSET ?", JdbcAssignmentRequestRepository::request, paged.toArray())), total, page);
    });
  }

  private static void term(java.util.List<String> terms, java.util.List<Object> params, String sql, Object value) {
    terms.add(sql);
    params.add(value);
  }

  @Override
  public Either<DomainError, AssignmentRequest> save(AssignmentRequest r) {
    DomainError stale = new CommonError.StaleVersion("AssignmentRequest", r.id().toString(), r.version());
    // a concurrent insert under the same reference fails on the unique index, answered as stale
    return jdbc.change(c -> {
      if (referenceTaken(c, r)) {
        return Either.left(new CommonError.Duplicate("AssignmentRequest", r.reference().value()));
      }
      long next = r.version() + 1;
      Object[] values = {r.kind().name(), r.provider().value(), r.municipality().value(), r.client().value(),
          r.reference().value(), r.receivedOn(), r.category().map(ProductCategory::name).getOrNull(),
          r.product().map(ProductCode::value).getOrNull(), r.volume().map(Volume::quantity).getOrNull(),
          r.volume().map(v -> v.unit().name()).getOrNull(), r.volume().map(v -> v.frequency().name()).getOrNull(),
          r.start(), r.end().getOrNull(), r.assignment().map(AssignmentNumber::value).getOrNull(), r.status().name(),
          r.refusal().map(RequestRefusalReason::name).getOrNull(), r.answeredOn().getOrNull(),
          r.outcome().map(AssignmentId::value).getOrNull(), next};
      int rows;
      if (r.version() == 0) {
        rows = Jdbc.exists(c, "wmo_assignment_request", r.id().value()) ? 0
            : Jdbc.update(c, "INSERT INTO wmo_assignment_request (" + COLUMNS + ") VALUES (" + Jdbc.placeholders(20) + ")",
                Jdbc.prepend(r.id().value(), values));
      } else {
        rows = Jdbc.update(c, "UPDATE wmo_assignment_request SET kind = ?, provider = ?, municipality = ?, client = ?, "
            + "reference = ?, received_on = ?, category = ?, product = ?, volume_quantity = ?, volume_unit = ?, "
            + "volume_frequency = ?, start_date = ?, end_date = ?, assignment_number = ?, status = ?, refusal_reason = ?, "
            + "answered_on = ?, outcome = ?, version = ? WHERE id = ? AND version = ?",
            Jdbc.append(values, r.id().value(), r.version()));
      }
      return rows == 1 ? Either.right(r.withVersion(next)) : Either.left(stale);
    }, () -> stale);
  }

  private static boolean referenceTaken(Connection c, AssignmentRequest r) throws SQLException {
    return Jdbc.queryFirst(c, "SELECT 1 AS one FROM wmo_assignment_request WHERE provider = ? AND reference = ? AND id <> ?",
        rs -> 1, r.provider().value(), r.reference().value(), r.id().value()).isDefined();
  }

  private static AssignmentRequest request(ResultSet rs) throws SQLException {
    long quantity = rs.getLong("volume_quantity");
    Option<Volume> volume = rs.wasNull() ? Option.none() : Option.some(new Volume(quantity,
        Unit.valueOf(rs.getString("volume_unit")), Frequency.valueOf(rs.getString("volume_frequency"))));
    long number = rs.getLong("assignment_number");
    Option<AssignmentNumber> assignment = rs.wasNull() ? Option.none() : Option.some(AssignmentNumber.of(number));
    return AssignmentRequest.builder()
        .id(new AssignmentRequestId(rs.getObject("id", UUID.class)))
        .kind(RequestKind.valueOf(rs.getString("kind")))
        .provider(AgbCode.of(rs.getString("provider")))
        .municipality(MunicipalityCode.of(rs.getString("municipality")))
        .client(new Bsn(rs.getString("client")))
        .reference(ProviderReference.of(rs.getString("reference")))
        .receivedOn(Jdbc.date(rs, "received_on").get())
        .category(Option.of(rs.getString("category")).map(ProductCategory::valueOf))
        .product(Option.of(rs.getString("product")).map(ProductCode::of))
        .volume(volume)
        .start(Jdbc.date(rs, "start_date").get())
        .end(Jdbc.date(rs, "end_date"))
        .assignment(assignment)
        .status(AssignmentRequestStatus.valueOf(rs.getString("status")))
        .refusal(Option.of(rs.getString("refusal_reason")).map(RequestRefusalReason::valueOf))
        .answeredOn(Jdbc.date(rs, "answered_on"))
        .outcome(Option.of(rs.getObject("outcome", UUID.class)).map(AssignmentId::new))
        .version(rs.getLong("version"))
        .build();
  }
}
