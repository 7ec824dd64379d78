package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.wmokader.core.audit.domain.AuditAction;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditOutcome;
import nl.wmokader.core.audit.domain.AuditRecord;
import nl.wmokader.core.audit.domain.AuditSearch;
import nl.wmokader.core.audit.domain.ChainHead;
import nl.wmokader.core.audit.domain.ChainKey;
import nl.wmokader.core.audit.port.out.AuditTrail;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.InfrastructureException;
import nl.wmokader.core.shared.Page;
import nl.wmokader.core.shared.PageRequest;

/**
 * {@link AuditTrail} on JDBC: a row per entry in {@code wmo_audit_entry}, a narrow row per client it
 * names in {@code wmo_audit_client}, a head per chain in {@code wmo_audit_chain} (ADR 13). An append locks the heads of its chains ({@code SELECT ... FOR
 * UPDATE}, in chain order, so two appends never wait for each other crosswise), writes its entries
 * in one go (COPY on PostgreSQL, multi-row INSERT batches elsewhere) and moves the heads: a fixed
 * number of round trips, whatever the batch's size. {@link #append(Connection, Seq)} does so inside
 * a caller's transaction, so that an access and its record are committed together; {@link
 * #append(Seq)} in a transaction of its own. Nothing is logged: the rows hold BSNs.
 */
public final class JdbcAuditTrail implements AuditTrail {

  static final String COLUMNS = "chain, seq, recorded_at, actor_role, organisation, person, clients, action, resource,"
      + " resource_id, outcome, previous_hash, hash";
  static final int COLUMN_COUNT = 13;
  /** Rows per multi-row INSERT where COPY is not at hand. */
  private static final int ENTRIES_PER_INSERT = 100;
  private static final String COPY_ENTRIES = "COPY wmo_audit_entry (" + COLUMNS + ") FROM STDIN";
  private static final String CLIENT_COLUMNS = "client, chain_id, seq";
  private static final String COPY_CLIENTS = "COPY wmo_audit_client (" + CLIENT_COLUMNS + ") FROM STDIN";
  /** Up to this many clients in a batch (a page's, a case's) are stored with the heads' moves; more by COPY. */
  private static final int FEW_CLIENTS = 100;
  /** Rows per multi-row INSERT of an entry's clients where COPY is not at hand. */
  private static final int CLIENTS_PER_INSERT = 500;
  private static final String LOCK_HEAD = "SELECT id, last_seq, last_hash FROM wmo_audit_chain WHERE chain = ? FOR UPDATE";
  private static final String NEW_CHAIN = "INSERT INTO wmo_audit_chain (chain, chain_day, last_seq, last_hash)"
      + " VALUES (?, ?, 0, ?) ON CONFLICT DO NOTHING";
  private static final String MOVE_HEAD = "UPDATE wmo_audit_chain SET last_seq = ?, last_hash = ?"
      + " WHERE chain = ? AND last_seq = ?";
  private static final String NEWEST_FIRST = " ORDER BY recorded_at DESC, seq DESC, chain";
  /** The entries that name a client: its rows in wmo_audit_client, then the entries by their primary key. */
  private static final String OF_CLIENT = " WHERE (chain, seq) IN (SELECT h.chain, c.seq FROM wmo_audit_client c"
      + " JOIN wmo_audit_chain h ON h.id = c.chain_id WHERE c.client = ?)";
  /** Up to this many chains in a batch are locked one by one (a claim's batch has one); more in bulk. */
  private static final int FEW_CHAINS = 4;

  /**
   * The records a thread's {@link #appendWith} holds for the change it runs: the first change that
   * commits on the same database ({@link Jdbc#change}) stores them in its transaction.
   */
  private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

  private final DataSource dataSource;
  private final Jdbc jdbc;

  public JdbcAuditTrail(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.jdbc = new Jdbc(dataSource);
  }

  /** Records waiting for the change that stores them, and whether it did. */
  private static final class Pending {
    final JdbcAuditTrail trail;
    final Seq<AuditRecord> records;
    boolean stored;

    Pending(JdbcAuditTrail trail, Seq<AuditRecord> records) {
      this.trail = trail;
      this.records = records;
    }
  }

  /**
   * Runs {@code change} with {@code records} pending on this thread: the repositories' changes on
   * the same {@code DataSource} store them in their transaction, just before it commits
   * ({@link Jdbc#change}), so that a change and its record commit or roll back together. A change
   * that succeeded without such a transaction (nothing written, another store) has them appended
   * right after it.
   */
  @Override
  public <T> io.vavr.control.Either<nl.wmokader.core.shared.DomainError, T> appendWith(Seq<AuditRecord> records,
      java.util.function.Supplier<io.vavr.control.Either<nl.wmokader.core.shared.DomainError, T>> change) {
    requireNonNull(records, "records");
    if (records.isEmpty()) {
      return change.get();
    }
    Pending outer = PENDING.get();
    Pending mine = new Pending(this, records);
    PENDING.set(mine);
    io.vavr.control.Either<nl.wmokader.core.shared.DomainError, T> result;
    try {
      result = change.get();
    } finally {
      if (outer == null) {
        PENDING.remove();
      } else {
        PENDING.set(outer);
      }
    }
    if (result.isRight() && !mine.stored) {
      append(records);
    }
    return result;
  }

  /**
   * Called by {@link Jdbc#change} on {@code c} (of {@code database}) before it commits: stores this
   * thread's pending records there, once.
   */
  static void storePending(DataSource database, Connection c) throws SQLException {
    Pending pending = PENDING.get();
    if (pending != null && !pending.stored && pending.trail.dataSource == database) {
      pending.trail.append(c, pending.records);
      pending.stored = true;
    }
  }

  /** Appends {@code records} in a transaction of its own. */
  @Override
  public Seq<AuditEntry> append(Seq<AuditRecord> records) {
    requireNonNull(records, "records");
    if (records.isEmpty()) {
      return Vector.empty();
    }
    return jdbc.<Seq<AuditEntry>>change(c -> io.vavr.control.Either.right(append(c, records)),
            () -> new nl.wmokader.core.shared.CommonError.Duplicate("AuditEntry", "chain and number"))
        .getOrElseThrow(e -> new InfrastructureException("audit entries not appended: " + e.message(),
            new IllegalStateException(e.code())));
  }

  /**
   * Appends {@code records} inside the transaction open on {@code c} (auto-commit off): the chains'
   * heads stay locked until the caller commits, and a rollback takes the entries with it. Append
   * last in a transaction, after the change it records, so the heads are held briefly.
   */
  public Seq<AuditEntry> append(Connection c, Seq<AuditRecord> records) throws SQLException {
    requireNonNull(records, "records");
    if (records.isEmpty()) {
      return Vector.empty();
    }
    if (c.getAutoCommit()) {
      throw new IllegalStateException("an append inside a caller's transaction needs auto-commit off");
    }
    ChainKey[] keys = ChainKey.ofEach(records);
    TreeMap<ChainKey, ChainHead> heads = new TreeMap<>();
    java.util.HashMap<ChainKey, Long> ids = new java.util.HashMap<>();
    for (ChainKey key : keys) {
      heads.put(key, null);
    }
    if (heads.size() <= FEW_CHAINS) {
      for (ChainKey chain : heads.keySet()) {
        heads.put(chain, lockHead(c, chain, ids));
      }
    } else {
      lockHeads(c, heads, ids);
    }
    LinkedHashMap<ChainKey, Long> before = new LinkedHashMap<>();
    heads.forEach((k, h) -> before.put(k, h.lastSeq()));
    java.util.HashMap<ChainKey, ChainHead> moving = new java.util.HashMap<>(heads);
    java.util.List<AuditEntry> made = new ArrayList<>(records.size());
    int i = 0;
    for (AuditRecord record : records) {
      ChainKey chain = keys[i++];
      ChainHead head = moving.get(chain);
      AuditEntry entry = head.next(record);
      moving.put(chain, head.after(entry));
      made.add(entry);
    }
    heads.replaceAll((k, h) -> moving.get(k));
    Vector<AuditEntry> entries = Vector.ofAll(made);
    int named = 0;
    for (AuditEntry e : made) {
      named += e.record().clients().size();
    }
    if (Jdbc.isPostgres(c)) {
      CopyText rows = new CopyText(entries.size() * 260 + named * 10);
      CopyText clients = new CopyText(named * 48);
      java.util.HashMap<ChainKey, String> chainText = new java.util.HashMap<>();
      for (AuditEntry e : made) {
        copyRow(rows, e, chainText.computeIfAbsent(e.chain(), ChainKey::value));
        long chainId = ids.get(e.chain());
        for (Bsn client : e.record().clients()) {
          clients.number(number(client)).number(chainId).number(e.seq()).endRow();
        }
      }
      Postgres.copyIn(c, COPY_ENTRIES, rows.bytes(), rows.length());
      if (named > FEW_CLIENTS) {
        Postgres.copyIn(c, COPY_CLIENTS, clients.bytes(), clients.length());
      }
    } else {
      Jdbc.insertRows(c, "wmo_audit_entry", COLUMNS, COLUMN_COUNT, entries.map(JdbcAuditTrail::row).toJavaList(),
          ENTRIES_PER_INSERT);
      java.util.List<Object[]> clients = new ArrayList<>(named);
      for (AuditEntry e : made) {
        long chainId = ids.get(e.chain());
        for (Bsn client : e.record().clients()) {
          clients.add(new Object[] {number(client), chainId, e.seq()});
        }
      }
      if (named > 0) {
        Jdbc.insertRows(c, "wmo_audit_client", CLIENT_COLUMNS, 3, clients, CLIENTS_PER_INSERT);
      }
    }
    java.util.List<Jdbc.Step> moves = new ArrayList<>();
    boolean clientsWithTheMoves = Jdbc.isPostgres(c) && named > 0 && named <= FEW_CLIENTS;
    if (clientsWithTheMoves) {
      // a page's or a case's few clients go in the heads' round trip, not in a COPY of their own
      moves.add(clientRows(made, named, ids));
    }
    heads.forEach((k, h) -> moves.add(Jdbc.Step.of(MOVE_HEAD, h.lastSeq(), h.lastHash(), k.value(), before.get(k))));
    int[] counts = Jdbc.run(c, moves);
    if (clientsWithTheMoves && counts[0] != named) {
      throw new IllegalStateException("an entry's clients were not all stored");
    }
    for (int moved : clientsWithTheMoves ? java.util.Arrays.copyOfRange(counts, 1, counts.length) : counts) {
      if (moved != 1) {
        // the head is locked: only a change outside the trail can have moved it
        throw new IllegalStateException("a chain's head moved while it was locked");
      }
    }
    return entries;
  }

  /** One INSERT of the {@code named} client rows of {@code entries}. */
  private static Jdbc.Step clientRows(java.util.List<AuditEntry> entries, int named, java.util.Map<ChainKey, Long> ids) {
    StringBuilder sql = new StringBuilder("INSERT INTO wmo_audit_client (" + CLIENT_COLUMNS + ") VALUES ");
    Object[] values = new Object[named * 3];
    int v = 0;
    for (AuditEntry e : entries) {
      long chainId = ids.get(e.chain());
      for (Bsn client : e.record().clients()) {
        sql.append(v == 0 ? "" : ", ").append("(?, ?, ?)");
        values[v++] = number(client);
        values[v++] = chainId;
        values[v++] = e.seq();
      }
    }
    return Jdbc.Step.of(sql.toString(), values);
  }

  /** A client as wmo_audit_client keys it: its number (nine digits, so no two differ only in leading zeros). */
  private static long number(Bsn client) {
    return Long.parseLong(client.value());
  }

  /**
   * The heads of {@code heads}' chains, locked until the transaction ends, in chain order (so two
   * appends never wait on each other crosswise): new chains made first, all in one statement, then
   * all locked in one, per thousand chains. For a batch over many chains (a day of demo history,
   * a migration), where one statement per chain would cost thousands.
   */
  private static void lockHeads(Connection c, TreeMap<ChainKey, ChainHead> heads, java.util.Map<ChainKey, Long> ids)
      throws SQLException {
    java.util.List<ChainKey> chains = new ArrayList<>(heads.keySet());
    for (int from = 0; from < chains.size(); from += Jdbc.IN_CHUNK) {
      java.util.List<ChainKey> chunk = chains.subList(from, Math.min(chains.size(), from + Jdbc.IN_CHUNK));
      StringBuilder insert = new StringBuilder("INSERT INTO wmo_audit_chain (chain, chain_day, last_seq, last_hash) VALUES ");
      java.util.List<Object> values = new ArrayList<>();
      for (ChainKey chain : chunk) {
        insert.append(values.isEmpty() ? "" : ", ").append("(?, ?, 0, ?)");
        values.add(chain.value());
        values.add(chain.day());
        values.add(nl.wmokader.core.audit.domain.AuditHash.GENESIS);
      }
      Jdbc.update(c, insert.append(" ON CONFLICT DO NOTHING").toString(), values.toArray());
      java.util.Map<String, ChainKey> byValue = new java.util.HashMap<>();
      chunk.forEach(k -> byValue.put(k.value(), k));
      for (ChainHead head : Jdbc.query(c, "SELECT id, chain, last_seq, last_hash FROM wmo_audit_chain WHERE chain IN ("
          + Jdbc.placeholders(chunk.size()) + ") ORDER BY chain FOR UPDATE",
          rs -> locked(byValue.get(rs.getString("chain")), rs, ids), byValue.keySet().stream().sorted().toArray())) {
        heads.put(head.chain(), head);
      }
    }
    if (heads.containsValue(null)) {
      throw new IllegalStateException("a chain's head is missing after it was made");
    }
  }

  /** The head of {@code chain}, locked until the transaction ends; a new chain's made first. */
  private static ChainHead lockHead(Connection c, ChainKey chain, java.util.Map<ChainKey, Long> ids)
      throws SQLException {
    Option<ChainHead> head = Jdbc.queryFirst(c, LOCK_HEAD, rs -> locked(chain, rs, ids), chain.value());
    if (head.isDefined()) {
      return head.get();
    }
    // a concurrent first append to the same chain waits here for the other's commit, then finds its row
    Jdbc.update(c, NEW_CHAIN, chain.value(), chain.day(), nl.wmokader.core.audit.domain.AuditHash.GENESIS);
    return Jdbc.queryFirst(c, LOCK_HEAD, rs -> locked(chain, rs, ids), chain.value())
        .getOrElseThrow(() -> new IllegalStateException("a chain's head was made but is not there"));
  }

  /** The head of {@code chain} as locked, its id kept in {@code ids} (the client rows name a chain by it). */
  private static ChainHead locked(ChainKey chain, ResultSet rs, java.util.Map<ChainKey, Long> ids) throws SQLException {
    ids.put(chain, rs.getLong("id"));
    return head(chain, rs);
  }

  private static ChainHead head(ChainKey chain, ResultSet rs) throws SQLException {
    return new ChainHead(chain, rs.getLong("last_seq"), rs.getString("last_hash"));
  }

  private static Object[] row(AuditEntry e) {
    AuditRecord r = e.record();
    return new Object[] {e.chain().value(), e.seq(), OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC),
        r.actor().role().name(), r.organisation(), r.actor().person(), clients(r), r.action().name(),
        r.resource(), r.resourceId(), r.outcome().name(), e.previousHash(), e.hash()};
  }

  private static void copyRow(CopyText rows, AuditEntry e, String chain) {
    AuditRecord r = e.record();
    rows.text(chain).number(e.seq()).text(r.at().toString()).text(r.actor().role().name())
        .text(r.organisation().getOrNull()).text(r.actor().person().getOrNull())
        .text(clients(r)).text(r.action().name()).text(r.resource())
        .text(r.resourceId()).text(r.outcome().name()).text(e.previousHash()).text(e.hash()).endRow();
  }

  /** The clients as the column holds them: their numbers in order, joined by commas; null for none. */
  private static String clients(AuditRecord r) {
    if (r.clients().isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder(r.clients().size() * 10);
    for (Bsn client : r.clients()) {
      text.append(text.length() == 0 ? "" : ",").append(client.value());
    }
    return text.toString();
  }

  private static Seq<Bsn> clients(String column) {
    if (column == null) {
      return Vector.empty();
    }
    java.util.List<Bsn> clients = new ArrayList<>(column.length() / 10 + 1);
    for (String number : column.split(",", -1)) {
      clients.add(new Bsn(number));
    }
    return io.vavr.collection.Array.ofAll(clients);
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    ChainKey chain = ChainKey.parse(rs.getString("chain"))
        .getOrElseThrow(() -> new IllegalStateException("a stored chain key is malformed"));
    Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
    Actor actor = AuditRecord.actor(Actor.Role.valueOf(rs.getString("actor_role")),
        Option.of(rs.getString("organisation")), Option.of(rs.getString("person")));
    AuditRecord record = new AuditRecord(at, actor, clients(rs.getString("clients")),
        AuditAction.valueOf(rs.getString("action")), rs.getString("resource"), rs.getString("resource_id"),
        AuditOutcome.valueOf(rs.getString("outcome")));
    return new AuditEntry(chain, rs.getLong("seq"), record, rs.getString("previous_hash"), rs.getString("hash"));
  }

  @Override
  public Seq<AuditEntry> chain(ChainKey chain, long fromSeq, int limit) {
    return List.ofAll(jdbc.select("SELECT " + COLUMNS + " FROM wmo_audit_entry WHERE chain = ? AND seq >= ?"
        + " ORDER BY seq LIMIT ?", JdbcAuditTrail::entry, chain.value(), fromSeq, limit));
  }

  @Override
  public Seq<ChainHead> chains(DateRange days) {
    String sql = "SELECT chain, last_seq, last_hash FROM wmo_audit_chain WHERE last_seq > 0 AND chain_day >= ?"
        + (days.end().isDefined() ? " AND chain_day <= ?" : "");
    Object[] params = days.end().isDefined() ? new Object[] {days.start(), days.end().get()} : new Object[] {days.start()};
    return List.ofAll(jdbc.select(sql, rs -> head(ChainKey.parse(rs.getString("chain"))
            .getOrElseThrow(() -> new IllegalStateException("a stored chain key is malformed")), rs), params))
        .sortBy(ChainHead::chain);
  }

  @Override
  public Page<AuditEntry> byClient(Bsn client, PageRequest page) {
    return page("wmo_audit_entry", OF_CLIENT, new Object[] {number(client)}, page);
  }

  @Override
  public boolean hasAccessed(Actor party, Bsn client) {
    Option<String> organisation = party.municipality().map(m -> m.value()).orElse(party.provider().map(p -> p.value()));
    String sql = "SELECT 1 AS one FROM wmo_audit_entry" + OF_CLIENT + " AND actor_role = ? AND outcome = ? AND "
        + (organisation.isDefined() ? "organisation = ?" : "organisation IS NULL") + " LIMIT 1";
    Object[] params = {number(client), party.role().name(), AuditOutcome.ALLOWED.name()};
    return !jdbc.select(sql, rs -> 1, organisation.isDefined() ? Jdbc.append(params, organisation.get()) : params)
        .isEmpty();
  }

  @Override
  public Page<AuditEntry> search(AuditSearch search, PageRequest page) {
    // the chains of the period's days first (by day), then their entries (by primary key)
    StringBuilder where = new StringBuilder(" WHERE chain IN (SELECT chain FROM wmo_audit_chain WHERE chain_day >= ?");
    java.util.List<Object> params = new ArrayList<>();
    params.add(search.period().start());
    search.period().end().forEach(end -> {
      where.append(" AND chain_day <= ?");
      params.add(end);
    });
    where.append(") AND recorded_at >= ?");
    params.add(OffsetDateTime.ofInstant(AuditSearch.from(search.period()), ZoneOffset.UTC));
    AuditSearch.until(search.period()).forEach(until -> {
      where.append(" AND recorded_at < ?");
      params.add(OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
    });
    narrow(where, params, "actor_role", search.role().map(Enum::name));
    narrow(where, params, "organisation", search.organisation());
    narrow(where, params, "person", search.person());
    narrow(where, params, "action", search.action().map(Enum::name));
    narrow(where, params, "resource", search.resource());
    narrow(where, params, "outcome", search.outcome().map(Enum::name));
    return page("wmo_audit_entry", where.toString(), params.toArray(), page);
  }

  private static void narrow(StringBuilder where, java.util.List<Object> params, String column, Option<String> value) {
    value.forEach(v -> {
      where.append(" AND ").append(column).append(" = ?");
      params.add(v);
    });
  }

  /** A page of the entries {@code where} selects, newest first, with their total: one snapshot. */
  private Page<AuditEntry> page(String from, String where, Object[] params, PageRequest page) {
    Jdbc.Query<Long> count = Jdbc.Query.of("SELECT COUNT(*) AS n FROM " + from + where,
        rs -> rs.getLong("n"), params);
    Jdbc.Query<AuditEntry> items = Jdbc.Query.of("SELECT " + COLUMNS + " FROM " + from + where + NEWEST_FIRST
        + " LIMIT ? OFFSET ?", JdbcAuditTrail::entry, Jdbc.append(params, page.limit(), page.offset()));
    Jdbc.Answers answers = jdbc.read(count, items);
    return new Page<>(List.ofAll(answers.of(items)), answers.of(count).get(0), page);
  }
}
