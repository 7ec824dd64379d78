package nl.wmokader.adapters.rest;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as RFC 4180 CSV (comma-separated, CRLF line ends, UTF-8, a header row): what a
 * resource answers for {@code Accept: text/csv}, so that analysts open it in a spreadsheet. A field
 * holding a comma, a quote or a line end is quoted; one that a spreadsheet would run as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is
 * written with a leading apostrophe, so a text from outside never runs as one (OWASP's CSV
 * injection advice). Numbers are written as numbers; an absent value as an empty field.
 */
public final class Csv {
  /** The media type a CSV answer carries. */
  public static final String MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

  private final List<String> header;
  private final List<List<Object>> rows = new ArrayList<>();

  private Csv(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** An empty table with these column names. */
  public static Csv of(String... header) {
    return new Csv(List.of(header));
  }

  /** One more row: as many values as columns; a {@code null} is an empty field. */
  public Csv row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("a row has " + header.size() + " fields, not " + values.length);
    }
    rows.add(java.util.Arrays.asList(values));
    return this;
  }

  /** The table as UTF-8 bytes. */
  public byte[] bytes() {
    StringBuilder out = new StringBuilder();
    line(out, new ArrayList<>(header));
    for (List<Object> row : rows) {
      line(out, row);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, values.get(i));
    }
    out.append("\r\n");
  }

  private static void field(StringBuilder out, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number) {
      out.append(value);
      return;
    }
    String text = requireNonNull(value.toString(), "value");
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    if (!quoted) {
      out.append(text);
      return;
    }
    out.append('"').append(text.replace("\"", "\"\"")).append('"');
  }
}
