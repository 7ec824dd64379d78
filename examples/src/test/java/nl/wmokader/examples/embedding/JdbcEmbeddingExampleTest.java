package nl.wmokader.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wmokader.adapters.jdbc.JdbcAdapters;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class JdbcEmbeddingExampleTest {

  private static HikariDataSource h2() {
    HikariDataSource h2 = new HikariDataSource();
    h2.setJdbcUrl(JdbcEmbeddingExample.H2_IN_MEMORY.replace("embedding", "embedding-" + UUID.randomUUID()));
    return h2;
  }

  @Test
  void the_core_on_jdbc_stores_what_a_second_facade_reads() {
    try (HikariDataSource db = h2()) {
      assertThat(JdbcEmbeddingExample.run(db)).isEqualTo("stored: Brabant Noordoost-Oost, 2 members, central Oss");
      // the rows are in the database itself, read by the adapter directly
      assertThat(JdbcAdapters.over(db).regions().find().map(r -> r.name())).containsExactly("Brabant Noordoost-Oost");
    }
  }

  @Test
  void every_port_of_the_jdbc_adapters_is_a_jdbc_repository() {
    // the adapters open no connection until asked: no database needed to see what they are
    var ports = JdbcAdapters.over(new HikariDataSource()).ports();
    for (var component : ports.getClass().getRecordComponents()) {
      Object port;
      try {
        port = component.getAccessor().invoke(ports);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      if (port instanceof io.vavr.control.Option<?> optional) {
        // an optional port (the survey's store): the JDBC adapters keep it, on JDBC
        assertThat(optional.isDefined()).as(component.getName() + " is kept").isTrue();
        port = optional.get();
      }
      assertThat(port.getClass().getPackageName()).as(component.getName()).isEqualTo("nl.wmokader.adapters.jdbc");
      assertThat(port.getClass().getSimpleName()).as(component.getName()).startsWith("Jdbc");
    }
  }
}
