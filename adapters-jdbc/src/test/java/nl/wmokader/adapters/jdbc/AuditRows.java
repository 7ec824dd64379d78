package nl.wmokader.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import nl.wmokader.core.audit.domain.AuditEntry;
import nl.wmokader.core.audit.domain.AuditRecord;

/** What someone with write access to the database could do to the trail, behind the adapter's back. */
final class AuditRows {
  private AuditRows() {}

  /** Writes {@code altered}'s fields over the stored row of {@code stored}, hashes left as they are. */
  static void overwrite(DataSource db, AuditEntry stored, AuditRecord altered) {
    try (Connection c = db.getConnection()) {
      int rows = Jdbc.update(c, "UPDATE wmo_audit_entry SET recorded_at = ?, actor_role = ?, organisation = ?, person = ?,"
              + " clients = ?, action = ?, resource = ?, resource_id = ?, outcome = ? WHERE chain = ? AND seq = ?",
          OffsetDateTime.ofInstant(altered.at(), ZoneOffset.UTC), altered.actor().role().name(), altered.organisation(),
          altered.actor().person(), altered.clients().isEmpty() ? null : altered.clients().map(b -> b.value()).mkString(","), altered.action().name(), altered.resource(),
          altered.resourceId(), altered.outcome().name(), stored.chain().value(), stored.seq());
      if (rows != 1) {
        throw new IllegalStateException("no stored row to tamper with");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
