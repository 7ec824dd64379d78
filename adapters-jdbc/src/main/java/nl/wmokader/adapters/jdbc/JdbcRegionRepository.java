package nl.wmokader.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.wmokader.core.region.domain.InhabitantCount;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.domain.Region;
import nl.wmokader.core.region.port.out.RegionRepository;
import nl.wmokader.core.shared.CommonError;
import nl.wmokader.core.shared.DomainError;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * {@link RegionRepository} on JDBC: one row for the region, its members and counts beside it.
 *
 * <p>Nearly every use case reads the region, and it changes a few times a year: the region last
 * read is kept with its version, and a read asks the database for the version only, reading the
 * rest again when it differs. Every save raises the version in the transaction that rewrites the
 * members and counts, and nothing lowers it, so an equal version means the same region, also when
 * another service instance on the same database saved it.
 */
public final class JdbcRegionRepository implements RegionRepository {

  private static final String VERSION = "SELECT version FROM wmo_region WHERE id = 1";

  private final Jdbc jdbc;
  /** The region last read; null before the first read. */
  private volatile Region known;

  public JdbcRegionRepository(DataSource dataSource) {
    this.jdbc = new Jdbc(requireNonNull(dataSource, "dataSource"));
  }

  /** The region kept when its version is still the stored one; otherwise {@link #read()}. */
  @Override
  public Option<Region> find() {
    Region kept = known;
    if (kept != null) {
      java.util.List<Long> version = jdbc.select(VERSION, rs -> rs.getLong("version"));
      if (version.size() == 1 && version.get(0) == kept.version()) {
        return Option.some(kept);
      }
    }
    Option<Region> read = read();
    known = read.getOrNull();
    return read;
  }

  /** The region row, its members and inhabitant counts in one snapshot: one round trip on PostgreSQL. */
  private Option<Region> read() {
    Jdbc.Query<Tuple2<String, Long>> head = Jdbc.Query.of("SELECT name, version FROM wmo_region WHERE id = 1",
        rs -> Tuple.of(rs.getString("name"), rs.getLong("version")));
    Jdbc.Query<Member> members = Jdbc.Query.of("SELECT code, name, central FROM wmo_region_member ORDER BY position",
        rs -> new Member(MunicipalityCode.of(rs.getString("code")), rs.getString("name"), rs.getBoolean("central")));
    Jdbc.Query<InhabitantCount> counts = Jdbc.Query.of(
        "SELECT municipality, reference_date, inhabitants FROM wmo_region_inhabitants ORDER BY position",
        rs -> new InhabitantCount(MunicipalityCode.of(rs.getString("municipality")),
            Jdbc.date(rs, "reference_date").get(), rs.getLong("inhabitants")));
    Jdbc.Answers read = jdbc.read(head, members, counts);
    if (read.of(head).isEmpty()) {
      return Option.none();
    }
    Tuple2<String, Long> row = read.of(head).get(0);
    return Option.some(Region.builder()
        .name(row._1)
        .version(row._2)
        .members(List.ofAll(read.of(members)))
        .inhabitantCounts(List.ofAll(read.of(counts)))
        .build());
  }

  @Override
  public Either<DomainError, Region> save(Region region) {
    DomainError stale = new CommonError.StaleVersion("Region", region.name(), region.version());
    return jdbc.change(c -> {
      long next = region.version() + 1;
      int rows = region.version() == 0
          ? Jdbc.update(c, "INSERT INTO wmo_region (id, name, version) VALUES (1, ?, ?)", region.name(), next)
          : Jdbc.update(c, "UPDATE wmo_region SET name = ?, version = ? WHERE id = 1 AND version = ?",
              region.name(), next, region.version());
      if (rows != 1) {
        return Either.left(stale);
      }
      Jdbc.update(c, "DELETE FROM wmo_region_inhabitants");
      Jdbc.update(c, "DELETE FROM wmo_region_member");
      Jdbc.batch(c, "INSERT INTO wmo_region_member (code, name, central, position) VALUES (?, ?, ?, ?)",
          region.members().zipWithIndex().map(t -> new Object[] {
              t._1.code().value(), t._1.name(), t._1.central(), t._2}));
      Jdbc.batch(c, "INSERT INTO wmo_region_inhabitants (municipality, reference_date, inhabitants, position) VALUES (?, ?, ?, ?)",
          region.inhabitantCounts().zipWithIndex().map(t -> new Object[] {
              t._1.municipality().value(), t._1.referenceDate(), t._1.inhabitants(), t._2}));
      return Either.right(region.withVersion(next));
    }, () -> stale);
  }
}
