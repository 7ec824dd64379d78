package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
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
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.AdmissionCondition;
import nl.wmokader.core.contracting.domain.ClaimMomentKind;
import nl.wmokader.core.contracting.domain.ClaimMoments;
import nl.wmokader.core.contracting.domain.ClaimPeriod;
import nl.wmokader.core.contracting.domain.ClientStop;
import nl.wmokader.core.contracting.domain.ClientStopReason;
import nl.wmokader.core.contracting.domain.ClientStopRequest;
import nl.wmokader.core.contracting.domain.ClientStopRequestId;
import nl.wmokader.core.contracting.domain.ClientStopRequestStatus;
import nl.wmokader.core.contracting.domain.ConditionCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Evidence;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.Suspension;
import nl.wmokader.core.contracting.domain.TariffPeriod;
import nl.wmokader.core.contracting.domain.WaitingTimeNorm;
import nl.wmokader.core.contracting.port.out.ContractRepository;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.Money;

/**
 * {@link ContractRepository} on JDBC: a head row per contract, and beside it, each in its order,
 * the lots (with their tariff periods and milestones), client stops and requests for them, the
 * admission checklist and the evidence. A save rewrites the children in the same transaction as the
 * versioned head row; a read takes the head and every child table in one transaction.
 */
public final class JdbcContractRepository implements ContractRepository {

  private static final String HEAD = "SELECT k.id, k.provider, k.period_start, k.period_end, k.status, k.terminated_from,"
      + " k.terminated_while, k.admitted_on, k.suspended_since, k.suspension_reason, k.waiting_time_max_days, k.version"
      + " FROM wmo_contract k";

  private final Jdbc jdbc;

  public JdbcContractRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  @Override
  public Option<Contract> findById(ContractId id) {
    return load("k.id = ?", "", id.value()).headOption();
  }

  @Override
  public Seq<Contract> findByProvider(AgbCode provider) {
    return load("k.provider = ?", " ORDER BY k.period_start, k.id", provider.value());
  }

  /** One read for all of them: the head and child queries by {@code k.provider = ANY(?)}. */
  @Override
  public Seq<Contract> findByProviders(io.vavr.collection.Set<AgbCode> providers) {
    if (providers.isEmpty()) {
      return List.empty();
    }
    return load("k.provider = ANY(?)", " ORDER BY k.provider, k.period_start, k.id",
        Jdbc.array("varchar", providers.map(AgbCode::value).toJavaArray()));
  }

  /**
   * The contracts whose head rows match {@code filter}, in {@code order}, each with its children:
   * one query per table, all in one snapshot (one round trip on PostgreSQL).
   */
  private List<Contract> load(String filter, String order, Object param) {
    Jdbc.Query<Head> headQuery = Jdbc.Query.of(HEAD + " WHERE " + filter + order, JdbcContractRepository::head, param);
    Jdbc.Query<Tuple2<UUID, Tuple2<Integer, TariffPeriod>>> tariffQuery = child(
        "SELECT t.contract_id, t.lot_position, t.valid_from, t.valid_to, t.tariff_cents FROM wmo_contract_lot_tariff t"
            + " JOIN wmo_contract k ON k.id = t.contract_id WHERE " + filter + " ORDER BY t.contract_id, t.lot_position, t.position",
        rs -> Tuple.of(rs.getInt("lot_position"), new TariffPeriod(range(rs), Money.ofCents(rs.getLong("tariff_cents")))),
        param);
    Jdbc.Query<Tuple2<UUID, Tuple2<Integer, String>>> milestoneQuery = child(
        "SELECT m.contract_id, m.lot_position, m.name FROM wmo_contract_lot_milestone m"
            + " JOIN wmo_contract k ON k.id = m.contract_id WHERE " + filter + " ORDER BY m.contract_id, m.lot_position, m.position",
        rs -> Tuple.of(rs.getInt("lot_position"), rs.getString("name")), param);
    Jdbc.Query<Tuple2<UUID, Tuple2<Integer, LotRow>>> lotQuery = child(
        "SELECT l.contract_id, l.position, l.product, l.valid_from, l.valid_to, l.claim_kind, l.claim_period"
            + " FROM wmo_contract_lot l JOIN wmo_contract k ON k.id = l.contract_id WHERE " + filter
            + " ORDER BY l.contract_id, l.position",
        rs -> Tuple.of(rs.getInt("position"), new LotRow(ProductCode.of(rs.getString("product")), range(rs),
            Option.of(rs.getString("claim_kind")).map(ClaimMomentKind::valueOf),
            Option.of(rs.getString("claim_period")).map(ClaimPeriod::valueOf))), param);
    Jdbc.Query<Tuple2<UUID, ClientStop>> stopQuery = child(
        "SELECT s.contract_id, s.valid_from, s.valid_to, s.reason FROM wmo_contract_client_stop s"
            + " JOIN wmo_contract k ON k.id = s.contract_id WHERE " + filter + " ORDER BY s.contract_id, s.position",
        rs -> new ClientStop(range(rs), ClientStopReason.valueOf(rs.getString("reason"))), param);
    Jdbc.Query<Tuple2<UUID, ClientStopRequest>> requestQuery = child(
        "SELECT r.contract_id, r.id, r.valid_from, r.valid_to, r.explanation, r.requested_on, r.status, r.decided_on"
            + " FROM wmo_contract_client_stop_request r JOIN wmo_contract k ON k.id = r.contract_id WHERE " + filter
            + " ORDER BY r.contract_id, r.position",
        rs -> new ClientStopRequest(new ClientStopRequestId(rs.getObject("id", UUID.class)), range(rs),
            rs.getString("explanation"), Jdbc.date(rs, "requested_on").get(),
            ClientStopRequestStatus.valueOf(rs.getString("status")), Jdbc.date(rs, "decided_on")), param);
    Jdbc.Query<Tuple2<UUID, AdmissionCondition>> conditionQuery = child(
        "SELECT d.contract_id, d.code, d.description, d.required FROM wmo_contract_condition d"
            + " JOIN wmo_contract k ON k.id = d.contract_id WHERE " + filter + " ORDER BY d.contract_id, d.position",
        rs -> new AdmissionCondition(ConditionCode.of(rs.getString("code")), rs.getString("description"),
            rs.getBoolean("required")), param);
    Jdbc.Query<Tuple2<UUID, Evidence>> evidenceQuery = child(
        "SELECT e.contract_id, e.condition_code, e.reference, e.valid_from, e.expires_on, e.submitted_on"
            + " FROM wmo_contract_evidence e JOIN wmo_contract k ON k.id = e.contract_id WHERE " + filter
            + " ORDER BY e.contract_id, e.position",
        rs -> new Evidence(ConditionCode.of(rs.getString("condition_code")), rs.getString("reference"),
            Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "expires_on"), Jdbc.date(rs, "submitted_on").get()), param);

    Jdbc.Answers read = jdbc.read(headQuery, tariffQuery, milestoneQuery, lotQuery, stopQuery, requestQuery,
        conditionQuery, evidenceQuery);
    List<Head> heads = List.ofAll(read.of(headQuery));
    if (heads.isEmpty()) {
      return List.empty();
    }
    Map<UUID, List<Tuple2<Integer, TariffPeriod>>> tariffs = byContract(read.of(tariffQuery));
    Map<UUID, List<Tuple2<Integer, String>>> milestones = byContract(read.of(milestoneQuery));
    Map<UUID, List<Tuple2<Integer, LotRow>>> lots = byContract(read.of(lotQuery));
    Map<UUID, List<ClientStop>> stops = byContract(read.of(stopQuery));
    Map<UUID, List<ClientStopRequest>> requests = byContract(read.of(requestQuery));
    Map<UUID, List<AdmissionCondition>> conditions = byContract(read.of(conditionQuery));
    Map<UUID, List<Evidence>> evidence = byContract(read.of(evidenceQuery));

    return heads.map(h -> {
      UUID id = h.id;
      List<Tuple2<Integer, TariffPeriod>> lotTariffs = tariffs.get(id).getOrElse(List.empty());
      List<Tuple2<Integer, String>> lotMilestones = milestones.get(id).getOrElse(List.empty());
      Seq<Lot> contractLots = lots.get(id).getOrElse(List.empty()).map(t -> t._2.lot(
          lotTariffs.filter(x -> x._1.equals(t._1)).map(x -> x._2),
          lotMilestones.filter(x -> x._1.equals(t._1)).map(x -> x._2)));
      return Contract.builder()
          .id(new ContractId(id))
          .provider(h.provider)
          .period(h.period)
          .status(h.status)
          .lots(contractLots)
          .clientStops(stops.get(id).getOrElse(List.empty()))
          .clientStopRequests(requests.get(id).getOrElse(List.empty()))
          .conditions(conditions.get(id).getOrElse(List.empty()))
          .evidence(evidence.get(id).getOrElse(List.empty()))
          .admittedOn(h.admittedOn)
          .suspension(h.suspension)
          .waitingTimeNorm(h.waitingTimeNorm)
          .terminatedFrom(h.terminatedFrom)
          .terminatedWhile(h.terminatedWhile)
          .version(h.version)
          .build();
    });
  }

  /** A head row: the contract's own columns. */
  private record Head(UUID id, AgbCode provider, DateRange period, ContractStatus status, Option<LocalDate> terminatedFrom,
      Option<ContractStatus> terminatedWhile, Option<LocalDate> admittedOn, Option<Suspension> suspension,
      Option<WaitingTimeNorm> waitingTimeNorm, long version) {}

  private static Head head(ResultSet rs) throws SQLException {
    Option<LocalDate> suspendedSince = Jdbc.date(rs, "suspended_since");
    Option<ClientStopReason> suspensionReason = Option.of(rs.getString("suspension_reason")).map(ClientStopReason::valueOf);
    int norm = rs.getInt("waiting_time_max_days");
    Option<WaitingTimeNorm> waitingTimeNorm = rs.wasNull() ? Option.none() : Option.some(new WaitingTimeNorm(norm));
    return new Head(
        rs.getObject("id", UUID.class),
        AgbCode.of(rs.getString("provider")),
        DateRange.of(Jdbc.date(rs, "period_start").get(), Jdbc.date(rs, "period_end")),
        ContractStatus.valueOf(rs.getString("status")),
        Jdbc.date(rs, "terminated_from"),
        Option.of(rs.getString("terminated_while")).map(ContractStatus::valueOf),
        Jdbc.date(rs, "admitted_on"),
        suspendedSince.map(since -> new Suspension(since, suspensionReason.get())),
        waitingTimeNorm,
        rs.getLong("version"));
  }

  /** A lot row, before its tariff periods and milestones join it. */
  private record LotRow(ProductCode product, DateRange validity, Option<ClaimMomentKind> kind, Option<ClaimPeriod> period) {
    Lot lot(Seq<TariffPeriod> tariffs, Seq<String> milestones) {
      Option<ClaimMoments> moments = kind.map(k -> new ClaimMoments(k, period, milestones));
      return new Lot(product, validity, tariffs, moments);
    }
  }

  private static DateRange range(ResultSet rs) throws SQLException {
    return DateRange.of(Jdbc.date(rs, "valid_from").get(), Jdbc.date(rs, "valid_to"));
  }

  /** A query of a child table, each row with its {@code contract_id}. */
  private static <T> Jdbc.Query<Tuple2<UUID, T>> child(String sql, Jdbc.RowMapper<T> mapper, Object param) {
    return Jdbc.Query.of(sql, rs -> Tuple.of(rs.getObject("contract_id", UUID.class), mapper.map(rs)), param);
  }

  /** Rows of a child table grouped by {@code contract_id}, each group in query order. */
  private static <T> Map<UUID, List<T>> byContract(java.util.List<Tuple2<UUID, T>> rows) {
    Map<UUID, List<T>> byContract = HashMap.empty();
    for (Tuple2<UUID, T> row : rows) {
      byContract = byContract.put(row._1, byContract.get(row._1).getOrElse(List.empty()).append(row._2));
    }
    return byContract;
  }

  @Override
  public Either<DomainError, Contract> save(Contract contract) {
    UUID id = contract.id().value();
    DomainError stale = new CommonError.StaleVersion("Contract", contract.id().toString(), contract.version());
    Object[] values = {
        contract.provider().value(), contract.period().start(), contract.period().end(), contract.status(),
        contract.terminatedFrom(), contract.terminatedWhile(), contract.admittedOn(),
        contract.suspension().map(Suspension::since), contract.suspension().map(Suspension::reason),
        contract.waitingTimeNorm().map(WaitingTimeNorm::maxDays)};
    return jdbc.change(c -> {
      long next = contract.version() + 1;
      int rows = contract.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_contract (provider, period_start, period_end, status, terminated_from,"
                  + " terminated_while, admitted_on, suspended_since, suspension_reason, waiting_time_max_days, id, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              List.of(values).appendAll(List.of(id, next)).toJavaArray())
          : Jdbc.update(c, "UPDATE wmo_contract SET provider = ?, period_start = ?, period_end = ?, status = ?,"
                  + " terminated_from = ?, terminated_while = ?, admitted_on = ?, suspended_since = ?, suspension_reason = ?,"
                  + " waiting_time_max_days = ?, version = ? WHERE id = ? AND version = ?",
              List.of(values).appendAll(List.of(next, id, contract.version())).toJavaArray());
      if (rows != 1) {
        return Either.left(stale);
      }
      writeChildren(c, contract);
      return Either.right(contract.withVersion(next));
    }, () -> stale);
  }

  private static void writeChildren(Connection c, Contract contract) throws SQLException {
    UUID id = contract.id().value();
    for (String table : List.of("wmo_contract_lot", "wmo_contract_lot_tariff", "wmo_contract_lot_milestone",
        "wmo_contract_client_stop", "wmo_contract_client_stop_request", "wmo_contract_condition", "wmo_contract_evidence")) {
      Jdbc.update(c, "DELETE FROM " + table + " WHERE contract_id = ?", id);
    }
    Seq<Tuple2<Lot, Integer>> lots = contract.lots().zipWithIndex();
    Jdbc.batch(c, "INSERT INTO wmo_contract_lot (contract_id, position, product, valid_from, valid_to, claim_kind, claim_period)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        lots.map(t -> new Object[] {
            id, t._2, t._1.product().value(), t._1.validity().start(), t._1.validity().end(),
            t._1.claimMoments().map(ClaimMoments::kind), t._1.claimMoments().flatMap(ClaimMoments::period)}));
    Jdbc.batch(c, "INSERT INTO wmo_contract_lot_tariff (contract_id, lot_position, position, valid_from, valid_to, tariff_cents)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        lots.flatMap(l -> l._1.tariffs().zipWithIndex().map(t -> new Object[] {
            id, l._2, t._2, t._1.validity().start(), t._1.validity().end(), t._1.tariff().cents()})));
    Jdbc.batch(c, "INSERT INTO wmo_contract_lot_milestone (contract_id, lot_position, position, name) VALUES (?, ?, ?, ?)",
        lots.flatMap(l -> l._1.claimMoments().map(ClaimMoments::milestones).getOrElse(List.empty()).zipWithIndex()
            .map(t -> new Object[] {id, l._2, t._2, t._1})));
    Jdbc.batch(c, "INSERT INTO wmo_contract_client_stop (contract_id, position, valid_from, valid_to, reason)"
            + " VALUES (?, ?, ?, ?, ?)",
        contract.clientStops().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.period().start(), t._1.period().end(), t._1.reason()}));
    Jdbc.batch(c, "INSERT INTO wmo_contract_client_stop_request (contract_id, position, id, valid_from, valid_to, explanation,"
            + " requested_on, status, decided_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        contract.clientStopRequests().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.id().value(), t._1.period().start(), t._1.period().end(), t._1.explanation(),
            t._1.requestedOn(), t._1.status(), t._1.decidedOn()}));
    Jdbc.batch(c, "INSERT INTO wmo_contract_condition (contract_id, position, code, description, required) VALUES (?, ?, ?, ?, ?)",
        contract.conditions().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.code().value(), t._1.description(), t._1.required()}));
    Jdbc.batch(c, "INSERT INTO wmo_contract_evidence (contract_id, position, condition_code, reference, valid_from, expires_on,"
            + " submitted_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
        contract.evidence().zipWithIndex().map(t -> new Object[] {
            id, t._2, t._1.condition().value(), t._1.reference(), t._1.validFrom(), t._1.expiresOn(), t._1.submittedOn()}));
  }
}
