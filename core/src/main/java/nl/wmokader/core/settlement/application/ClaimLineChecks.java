package nl.wmokader.core.settlement.application;

import io.vavr.control.Option;
import java.time.LocalDate;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/** The shape of one submitted line: every problem into {@code fields}, the line when there is none. */
final class ClaimLineChecks {

  private ClaimLineChecks() {}

  /** The line at {@code index} of a claim, or none with its errors added to {@code fields} as {@code lines[index].field}. */
  static Option<ClaimLine> line(int index, ClaimLineInput in, LocalDate today, FieldChecks fields) {
    if (in == null) {
      fields.add("lines[" + index + "]", "required", "is required");
      return Option.none();
    }
    int before = count(fields);
    LineFields line = new LineFields(index, fields);
    if (line.requiredText("reference", in.reference())) {
      line.check(in.reference().length() <= ClaimLine.MAX_REFERENCE_LENGTH, "reference", "too_long",
          "must be at most " + ClaimLine.MAX_REFERENCE_LENGTH + " characters");
    }
    line.required("assignment", in.assignment());
    line.required("client", in.client());
    line.required("category", in.category());
    line.required("unit", in.unit());
    if (line.required("direction", in.direction())) {
      boolean credit = in.direction() == DebitCredit.CREDIT;
      boolean hasPrevious = in.previousReference() != null;
      if (credit && line.requiredText("previousReference", in.previousReference())) {
        line.check(in.previousReference().length() <= ClaimLine.MAX_REFERENCE_LENGTH, "previousReference",
            "too_long", "must be at most " + ClaimLine.MAX_REFERENCE_LENGTH + " characters");
      }
      line.check(credit || !hasPrevious, "previousReference", "not_applicable", "only a credit names one");
    }
    boolean start = line.required("periodStart", in.periodStart());
    boolean end = line.required("periodEnd", in.periodEnd());
    if (start && end) {
      if (in.periodEnd().isBefore(in.periodStart())) {
        line.check(false, "periodEnd", "before_start", "must not lie before periodStart");
      } else if (!ClaimLine.sameMonth(in.periodStart(), in.periodEnd())) {
        line.check(false, "periodEnd", "spans_months", "must lie in the month of periodStart");
      } else {
        line.check(!in.periodEnd().isAfter(today), "periodEnd", "in_future", "must not lie in the future");
      }
    }
    line.range("volume", in.volume(), 1, ClaimLine.MAX_VOLUME);
    line.range("tariffCents", in.tariffCents(), 0, ClaimLine.MAX_CENTS);
    line.range("amountCents", in.amountCents(), 0, ClaimLine.MAX_CENTS);
    if (count(fields) != before) {
      return Option.none();
    }
    return Option.some(new ClaimLine(in.reference(), Option.of(in.previousReference()), in.assignment(), in.client(),
        in.category(), Option.of(in.product()), DateRange.of(in.periodStart(), in.periodEnd()), in.volume(), in.unit(),
        Money.ofCents(in.tariffCents()), Money.ofCents(in.amountCents()), in.direction()));
  }

  /** One line's checks: the field's full name ({@code lines[i].volume}) is made only for an error, not per valid line. */
  private record LineFields(int index, FieldChecks fields) {

    boolean required(String field, Object value) {
      return check(value != null, field, "required", "is required");
    }

    boolean requiredText(String field, String text) {
      return required(field, text == null || text.isBlank() ? null : text);
    }

    boolean check(boolean ok, String field, String code, String message) {
      if (!ok) {
        fields.add("lines[" + index + "]." + field, code, message);
      }
      return ok;
    }

    void range(String field, Long value, long min, long max) {
      if (required(field, value) && (value < min || value > max)) {
        check(false, field, "out_of_range", "must be " + min + " to " + max);
      }
    }
  }

  private static int count(FieldChecks fields) {
    return fields.size();
  }
}
