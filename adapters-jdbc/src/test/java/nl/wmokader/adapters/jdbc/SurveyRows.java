package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import javax.sql.DataSource;

/** The survey's response tables as stored, for the contract suite and the schema's own checks. */
final class SurveyRows {
  /** The tables a response is kept in. */
  static final java.util.List<String> RESPONSE_TABLES = java.util.List.of("wmo_survey_response", "wmo_survey_answer");

  private SurveyRows() {}

  /** Every value of every column of every row of the response tables, as the driver reads it. */
  static Seq<Object> kept(DataSource ds) {
    java.util.List<Object> values = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String table : RESPONSE_TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              Object value = rs.getObject(i);
              if (value != null) {
                values.add(value);
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the response tables", e);
    }
    return List.ofAll(values);
  }

  /**
   * The response tables name no invitation: no foreign key to the invitations, no column of the
   * invitation's id, source or day, and only the answers point at a response.
   */
  static void assertNothingLinksAResponseToItsInvitation(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      for (String table : RESPONSE_TABLES) {
        java.util.List<String> referenced = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
          while (rs.next()) {
            referenced.add(rs.getString("PKTABLE_NAME").toLowerCase(java.util.Locale.ROOT));
          }
        }
        assertThat(referenced).as(table).allMatch(t -> t.equals("wmo_survey_response"));
        java.util.List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
          }
        }
        assertThat(columns).as(table).isNotEmpty()
            .noneMatch(n -> n.contains("invitation") || n.contains("source") || n.contains("bsn")
                || n.contains("client") || n.contains("invited") || n.endsWith("_at") || n.endsWith("_on"));
      }
      try (ResultSet rs = c.getMetaData().getExportedKeys(null, c.getSchema(), "wmo_survey_invitation")) {
        assertThat(rs.next()).as("a key referring to the invitations").isFalse();
      }
    }
  }
}
