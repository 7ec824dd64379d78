package nl.wmokader.examples.embedding;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import nl.wmokader.adapters.jdbc.JdbcAdapters;
import nl.wmokader.adapters.jdbc.WmoKaderSchema;
import nl.wmokader.core.WmoKader;
import nl.wmokader.core.region.domain.Member;
import nl.wmokader.core.region.port.in.DefineRegionCommand;
import nl.wmokader.core.shared.Actor;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * The library embedded over a database: the schema migrated, every driven port from {@link
 * JdbcAdapters}, a region defined by one facade and read back by a second over the same data
 * source, as after a restart. H2 in memory here; a PostgreSQL {@link DataSource} takes the same
 * three lines.
 */
public final class JdbcEmbeddingExample {
  /** H2 in memory as the library's SQL expects it (the example service's settings). */
  static final String H2_IN_MEMORY = "jdbc:h2:mem:embedding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
      + "DEFAULT_NULL_ORDERING=HIGH";

  private JdbcEmbeddingExample() {}

  public static void main(String[] args) {
    try (HikariDataSource h2 = new HikariDataSource()) {
      h2.setJdbcUrl(H2_IN_MEMORY);
      System.out.println(run(h2));
    }
  }

  /** Defines a two-member region over {@code dataSource} and answers what a second facade reads of it. */
  public static String run(DataSource dataSource) {
    // tag::jdbc[]
    WmoKaderSchema.migrate(dataSource);                           // Flyway, history in wmo_schema_history
    WmoKader wmo = JdbcAdapters.over(dataSource).builder()        // every driven port on this DataSource
        .clock(Clock.system(ZoneId.of("Europe/Amsterdam"))).ids(UUID::randomUUID).build();
    // end::jdbc[]
    var members = List.of(new Member(MunicipalityCode.of("0828"), "Oss", true),
        new Member(MunicipalityCode.of("1721"), "Bernheze", false));
    return wmo.region().defineRegion().defineRegion(Actor.region(), new DefineRegionCommand("Brabant Noordoost-Oost", members))
        .flatMap(defined -> JdbcAdapters.over(dataSource).builder().clock(Clock.systemUTC()).ids(UUID::randomUUID)
            .build().region().getRegion().getRegion(Actor.region()))
        .fold(error -> "refused: " + error.code(),
            r -> "stored: " + r.name() + ", " + r.members().size() + " members, central " + r.central().name());
  }
}
