package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.contracting.domain.Contract;
import nl.wmokader.core.contracting.domain.ContractId;
import nl.wmokader.core.contracting.domain.ContractStatus;
import nl.wmokader.core.contracting.domain.Lot;
import nl.wmokader.core.contracting.domain.Provider;
import nl.wmokader.core.contracting.domain.ProviderDeliveryForm;
import nl.wmokader.core.shared.AgbCode;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.Money;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V6 keeps what V3 stored: a provider without details delivers in kind, a terminated contract was
 * active when terminated, and a lot's own tariff becomes one tariff period over the lot.
 */
class ContractModelMigrationTest {

  @Test
  void rows_stored_before_the_contract_model_read_as_they_meant() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:wmo-migration-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    try (HikariDataSource ds = new HikariDataSource(config)) {
      Flyway.configure().dataSource(ds).locations(WmoKaderSchema.LOCATION).table(WmoKaderSchema.HISTORY_TABLE)
          .target("5").load().migrate();
      UUID id = new UUID(0, 5);
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("INSERT INTO wmo_provider (agb, name, version) VALUES ('98000001', 'Oud (fictief)', 1)");
        s.execute("INSERT INTO wmo_contract (id, provider, period_start, period_end, status, terminated_from, version)"
            + " VALUES ('" + id + "', '98000001', DATE '2024-01-01', DATE '2025-12-31', 'TERMINATED', DATE '2025-07-01', 3)");
        s.execute("INSERT INTO wmo_contract_lot (contract_id, position, product, valid_from, valid_to, tariff_cents)"
            + " VALUES ('" + id + "', 0, '02A01', DATE '2024-01-01', DATE '2025-06-30', 6420),"
            + " ('" + id + "', 1, '01A01', DATE '2024-03-01', DATE '2024-12-31', NULL)");
      }

      WmoKaderSchema.migrate(ds);

      Provider provider = new JdbcProviderRepository(ds).findByAgb(AgbCode.of("98000001")).get();
      assertThat(provider.deliveryForms()).containsExactly(ProviderDeliveryForm.IN_KIND);
      assertThat(provider.chamberOfCommerce()).isEqualTo(Option.none());
      assertThat(provider.supervisionContact()).isEqualTo(Option.none());

      Contract contract = new JdbcContractRepository(ds).findById(new ContractId(id)).get();
      assertThat(contract.status()).isEqualTo(ContractStatus.TERMINATED);
      assertThat(contract.terminatedWhile()).isEqualTo(Option.some(ContractStatus.ACTIVE));
      assertThat(contract.lots()).containsExactly(
          Lot.of(ProductCode.of("02A01"), DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)), Money.euros(64, 20)),
          Lot.of(ProductCode.of("01A01"), DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))));
      assertThat(contract.lotForNewAssignmentOn(ProductCode.of("02A01"), LocalDate.of(2025, 6, 30))).isNotEmpty();
      assertThat(contract.conditions()).isEqualTo(List.empty());
      assertThat(contract.version()).isEqualTo(3);
    }
  }
}
