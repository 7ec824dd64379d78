package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;

/**
 * {@link ContractRepository} on JDBC: a row per contract, its lots and client stops beside it in
 * their order. A save rewrites the children in the same transaction as the versioned head row.
 */
public final class JdbcContractRepository implements ContractRepository {

  private static final String HEAD =
      "SELECT id, provider, period_start, period_end, status, terminated_from, version FROM wmo_contract";

  private final Jdbc jdbc;

  public JdbcContractRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Contract> findById(ContractId id) {
    return jdbc.read(c -> {
      Option<Contract> head = Jdbc.queryFirst(c, HEAD + " WHERE id = ?", JdbcContractRepository::head, id.value());
      if (head.isEmpty()) {
        return Option.none();
      }
      Seq<Lot> lots = List.ofAll(Jdbc.query(c,
          "SELECT contract_id, product, valid_from, valid_to, tariff_cents FROM wmo_contract_lot"
              + " WHERE contract_id = ? ORDER BY position",
          JdbcContractRepository::lot, id.value())).map(t -> t._2);
      Seq<ClientStop> stops = List.ofAll(Jdbc.query(c,
          "SELECT contract_id, valid_from, valid_to, reason FROM wmo_contract_client_stop"
              + " WHERE contract_id = ? ORDER BY position",
          JdbcContractRepository::clientStop, id.value())).map(t -> t._2);
      return Option.some(withChildren(head.get(), lots, stops));
    });
  }

  @Override
  public Seq<Contract> findByProvider(AgbCode provider) {
    return jdbc.read(c -> {
      List<Contract> heads = List.ofAll(Jdbc.query(c, HEAD + " WHERE provider = ? ORDER BY period_start, id",
          JdbcContractRepository::head, provider.value()));
      if (heads.isEmpty()) {
        return List.empty();
      }
      Map<UUID, List<Lot>> lots = List.ofAll(Jdbc.query(c,
              "SELECT l.contract_id, l.product, l.valid_from, l.valid_to, l.tariff_cents FROM wmo_contract_lot l"
                  + " JOIN wmo_contract k ON k.id = l.contract_id WHERE k.provider = ? ORDER BY l.contract_id, l.position",
              JdbcContractRepository::lot, provider.value()))
          .groupBy(t -> t._1).mapValues(rows -> rows.map(t -> t._2));
      Map<UUID, List<ClientStop>> stops = List.ofAll(Jdbc.query(c,
              "SELECT s.contract_id, s.valid_from, s.valid_to, s.reason FROM wmo_contract_client_stop s"
                  + " JOIN wmo_contract k ON k.id = s.contract_id WHERE k.provider = ? ORDER BY s.contract_id, s.position",
              JdbcContractRepository::clientStop, provider.value()))
          .groupBy(t -> t._1).mapValues(rows -> rows.map(t -> t._2));
      return heads.map(h -> withChildren(h,
          lots.get(h.id().value()).getOrElse(List.empty()),
          stops.get(h.id().value()).getOrElse(List.empty())));
    });
  }

  /** The head row alone: a valid contract without lots and client stops, which follow it. */
  private static Contract head(ResultSet rs) throws SQLException {
    return Contract.builder()
        .id(new ContractId(rs.getObject("id", UUID.class)))
        .provider(AgbCode.of(rs.getString("provider")))
        .period(DateRange.of(Jdbc.date(rs, "period_start").get(), Jdbc.date(rs, "period_end")))
        .status(ContractStatus.valueOf(rs.getString("status")))
        .terminatedFrom(Jdbc.date(rs, "terminated_from"))
        .version(rs.getLong("version"))
        .build();
  }

  private static Contract withChildren(Contract head, Seq<Lot> lots, Seq<ClientStop> stops) {
    return Contract.builder()
        .id(head.id())
        .provider(head.provider())
        .period(head.period())
        .status(head.status())
        .terminatedFrom(head.terminatedFrom())
        .version(head.version())
        .lots(List.ofAll(lots))
        .clientStops(List.ofAll(stops))
        .build();
  }

  private static io.vavr.Tuple2<UUID, Lot> lot(ResultSet rs) throws SQLException {
    long cents = rs.getLong("tariff_cents");
    Option<Money> tariff = rs.wasNull() ? Option.none() : Option.some(Money.ofCents(cents));
    return io.vavr.Tuple.of(rs.getObject("contract_id", UUID.class), new Lot(
        ProductCode.of(rs.getString("product")),
        DateRange.of(Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "valid_to")),
        tariff));
  }

  private static io.vavr.Tuple2<UUID, ClientStop> clientStop(ResultSet rs) throws SQLException {
    return io.vavr.Tuple.of(rs.getObject("contract_id", UUID.class), new ClientStop(
        DateRange.of(Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "valid_to")),
        ClientStopReason.valueOf(rs.getString("reason"))));
  }

  @Override
  public Either<DomainError, Contract> save(Contract contract) {
    UUID id = contract.id().value();
    DomainError stale = new CommonError.StaleVersion("Contract", contract.id().toString(), contract.version());
    return jdbc.change(c -> {
      long next = contract.version() + 1;
      int rows = contract.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_contract (id, provider, period_start, period_end, status, terminated_from, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)",
              id, contract.provider().value(), contract.period().start(), contract.period().end(), contract.status(),
              contract.terminatedFrom(), next)
          : Jdbc.update(c, "UPDATE wmo_contract SET provider = ?, period_start = ?, period_end = ?, status = ?,"
                  + " terminated_from = ?, version = ? WHERE id = ? AND version = ?",
              contract.provider().value(), contract.period().start(), contract.period().end(), contract.status(),
              contract.terminatedFrom(), next, id, contract.version());
      if (rows != 1) {
        return Either.left(stale);
      }
      writeChildren(c, contract);
      return Either.right(contract.withVersion(next));
    }, () -> stale);
  }

  private static void writeChildren(Connection c, Contract contract) throws SQLException {
    UUID id = contract.id().value();
    Jdbc.update(c, "DELETE FROM wmo_contract_lot WHERE contract_id = ?", id);
    Jdbc.update(c, "DELETE FROM wmo_contract_client_stop WHERE contract_id = ?", id);
    Jdbc.batch(c, "INSERT INTO wmo_contract_lot (contract_id, position, product, valid_from, valid_to, tariff_cents)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        contract.lots().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.product().value(), t._1.validity().start(), t._1.validity().end(),
            t._1.tariff().map(Money::cents)}));
    Jdbc.batch(c, "INSERT INTO wmo_contract_client_stop (contract_id, position, valid_from, valid_to, reason)"
            + " VALUES (?, ?, ?, ?, ?)",
        contract.clientStops().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.period().start(), t._1.period().end(), t._1.reason()}));
  }
}
