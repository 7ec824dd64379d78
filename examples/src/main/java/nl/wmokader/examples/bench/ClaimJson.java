package nl.wmokader.examples.bench;

import java.nio.charset.StandardCharsets;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;

/**
 * A claim command as the body of {@code POST /api/v1/claims}, written by hand (Jackson is the REST
 * adapter's alone): what a provider's system would send for the same lines.
 */
final class ClaimJson {
  private ClaimJson() {}

  static byte[] body(RawClaim c) {
    StringBuilder out = new StringBuilder(200 + c.lines().size() * 340);
    out.append('{');
    field(out, "municipality", c.municipality().value()).append(',');
    field(out, "month", c.month().toString()).append(',');
    field(out, "number", c.number()).append(',');
    out.append("\"lines\":[");
    boolean first = true;
    for (ClaimLineInput l : c.lines()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      out.append('{');
      field(out, "reference", l.reference()).append(',');
      if (l.previousReference() != null) {
        field(out, "previousReference", l.previousReference()).append(',');
      }
      field(out, "assignment", l.assignment()).append(',');
      field(out, "client", l.client()).append(',');
      field(out, "category", l.category()).append(',');
      if (l.product() != null) {
        field(out, "product", l.product()).append(',');
      }
      field(out, "periodStart", l.periodStart().toString()).append(',');
      field(out, "periodEnd", l.periodEnd().toString()).append(',');
      out.append("\"volume\":").append(l.volume()).append(',');
      field(out, "unit", l.unit()).append(',');
      out.append("\"tariffCents\":").append(l.tariffCents()).append(',');
      out.append("\"amountCents\":").append(l.amountCents()).append(',');
      field(out, "direction", l.direction().name());
      out.append('}');
    }
    out.append("]}");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"');
  }
}
