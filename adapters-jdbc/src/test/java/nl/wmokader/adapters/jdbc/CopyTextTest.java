package nl.wmokader.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** COPY text as PostgreSQL's documentation has it: tab between columns, \N for NULL, four escapes. */
class CopyTextTest {

  private static String written(CopyText rows) {
    return new String(rows.bytes(), 0, rows.length(), StandardCharsets.UTF_8);
  }

  @Test
  void columns_rows_and_null() {
    CopyText rows = new CopyText(1);
    rows.text("a").text(null).number(-42).endRow().bool(true).bool(false).date(null).uuid(null).endRow();
    assertThat(written(rows)).isEqualTo("a\t\\N\t-42\nt\tf\t\\N\t\\N\n");
  }

  @Test
  void backslash_tab_newline_and_carriage_return_are_escaped_and_nothing_else() {
    CopyText rows = new CopyText(4);
    rows.text("\\N").text("a\tb\nc\rd\\e").text("\\.").text(" 'q\" ,;|").endRow();
    assertThat(written(rows)).isEqualTo("\\\\N\ta\\tb\\nc\\rd\\\\e\t\\\\.\t 'q\" ,;|\n");
  }

  @Test
  void text_is_utf8_surrogate_pairs_included() {
    CopyText rows = new CopyText(2);
    rows.text("ünï\tcødé€\uD83D\uDE00!").endRow();
    assertThat(written(rows)).isEqualTo("ünï\\tcødé€\uD83D\uDE00!\n");
  }

  @Test
  void numbers_dates_and_uuids_as_postgresql_reads_them() {
    CopyText rows = new CopyText(8);
    UUID id = UUID.fromString("c4ca4238-a0b9-3382-8dcc-509a6f75849b");
    rows.number(0).number(Long.MAX_VALUE).number(Long.MIN_VALUE).date(LocalDate.of(2026, 3, 9))
        .date(LocalDate.of(999, 12, 31)).uuid(id).endRow();
    assertThat(written(rows)).isEqualTo("0\t9223372036854775807\t-9223372036854775808\t2026-03-09\t0999-12-31\t"
        + id + "\n");
  }

  @Test
  void cleared_rows_start_afresh() {
    CopyText rows = new CopyText(1);
    rows.text("x".repeat(1000)).endRow();
    rows.clear();
    rows.text("y").endRow();
    assertThat(written(rows)).isEqualTo("y\n");
  }
}
