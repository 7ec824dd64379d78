package nl.wmokader.examples.bench;

import java.util.List;
import java.util.Locale;

/**
 * One row of the result table: the project's and the floor's value in {@code unit}, and their
 * ratio project/floor (for a growth row: the large case over the small one, its own floor).
 * {@code note} says what was run, so that a reduced size is never mistaken for the full one.
 */
record Result(String name, double project, double floor, String unit, double ratio, String target, String note) {

  static Result of(String name, double project, double floor, String unit, String target, String note) {
    return new Result(name, project, floor, unit, floor == 0 ? Double.NaN : project / floor, target, note);
  }

  /** A row whose ratio is the median of per-run ratios rather than the ratio of the medians. */
  static Result withRatio(String name, double project, double floor, String unit, double ratio, String target,
      String note) {
    return new Result(name, project, floor, unit, ratio, target, note);
  }

  /** The same row with project and floor in a unit {@code factor} times as large (the ratio stays). */
  Result scaled(double factor) {
    return new Result(name, project * factor, floor * factor, unit, ratio, target, note);
  }

  static final String[] HEADER = {"benchmark", "project", "floor", "unit", "ratio", "target", "run"};

  String[] cells() {
    return new String[] {name, number(project), number(floor), unit, ratio(ratio), target, note};
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.4f", value);
  }

  static String ratio(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f×", value)
        : value >= 0.01 ? String.format(Locale.ROOT, "%.2f×", value) : String.format(Locale.ROOT, "%.5f×", value);
  }

  /** The rows as a plain-text table with aligned columns. */
  static String text(List<Result> rows) {
    int[] widths = new int[HEADER.length];
    for (int i = 0; i < HEADER.length; i++) {
      widths[i] = HEADER[i].length();
    }
    for (Result r : rows) {
      String[] cells = r.cells();
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, HEADER, widths);
    for (Result r : rows) {
      line(out, r.cells(), widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    for (int i = 0; i < cells.length; i++) {
      boolean numeric = i == 1 || i == 2 || i == 4;
      String format = "%" + (numeric ? "" : "-") + widths[i] + "s";
      out.append(String.format(Locale.ROOT, format, cells[i])).append(i + 1 < cells.length ? "  " : "\n");
    }
  }

  /** The rows as a Markdown table. */
  static String markdown(List<Result> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
    out.append("| --- | ---: | ---: | --- | ---: | --- | --- |\n");
    for (Result r : rows) {
      out.append("| ").append(String.join(" | ", r.cells())).append(" |\n");
    }
    return out.toString();
  }
}
