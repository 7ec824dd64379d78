package nl.wmokader.adapters.jdbc.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Storage of claims at volume (ADR 0006), in Java because SQL cannot name what it changes on both
 * databases alike:
 *
 * <ul>
 *   <li>the foreign key from {@code wmo_claim_line} to {@code wmo_claim} goes (V8 left it unnamed,
 *       so each database named it its own way): checking it costs a query per line, as much as
 *       storing the line, and the adapter writes a claim's lines only in the transaction that writes
 *       the claim, and deletes neither;</li>
 *   <li>on PostgreSQL, the tables whose rows every claim updates ({@code wmo_claim_ledger}, {@code
 *       wmo_settlement_total}, {@code wmo_turnover_total}) leave half of each page free, so that an update stays on its page
 *       and touches no index (a HOT update).</li>
 * </ul>
 */
public class V11__Claim_line_storage extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    DatabaseMetaData meta = c.getMetaData();
    List<String> keys = new ArrayList<>();
    try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), "wmo_claim_line")) {
      while (rs.next()) {
        if ("wmo_claim".equalsIgnoreCase(rs.getString("PKTABLE_NAME"))) {
          keys.add(rs.getString("FK_NAME"));
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (String key : keys.stream().distinct().toList()) {
        s.execute("ALTER TABLE wmo_claim_line DROP CONSTRAINT \"" + key.replace("\"", "\"\"") + "\"");
      }
      if (meta.getDatabaseProductName().startsWith("PostgreSQL")) {
        s.execute("ALTER TABLE wmo_claim_ledger SET (fillfactor = 50)");
        s.execute("ALTER TABLE wmo_settlement_total SET (fillfactor = 50)");
        s.execute("ALTER TABLE wmo_turnover_total SET (fillfactor = 50)");
      }
    }
  }
}
