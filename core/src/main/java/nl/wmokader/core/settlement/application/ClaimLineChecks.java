package nl.wmokader.core.settlement.application;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.settlement.port.in.ClaimLineInput;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;

/** The shape of one submitted line: every problem into {@code fields}, the line when there is none. */
final class ClaimLineChecks {

  private ClaimLineChecks() {}

  static Option<ClaimLine> line(String prefix, ClaimLineInput in, LocalDate today, FieldChecks fields) {
    if (in == null) {
      fields.add(prefix.substring(0, prefix.length() - 1), "required", "is required");
      return Option.none();
    }
    int before = count(fields);
    if (fields.requiredText(prefix + "reference", in.reference())) {
      fields.check(in.reference().length() <= ClaimLine.MAX_REFERENCE_LENGTH, prefix + "reference", "too_long",
          "must be at most " + ClaimLine.MAX_REFERENCE_LENGTH + " characters");
    }
    fields.required(prefix + "assignment", in.assignment());
    fields.required(prefix + "client", in.client());
    fields.required(prefix + "category", in.category());
    fields.required(prefix + "unit", in.unit());
    if (fields.required(prefix + "direction", in.direction())) {
      boolean credit = in.direction() == DebitCredit.CREDIT;
      boolean hasPrevious = in.previousReference() != null;
      if (credit && fields.requiredText(prefix + "previousReference", in.previousReference())) {
        fields.check(in.previousReference().length() <= ClaimLine.MAX_REFERENCE_LENGTH, prefix + "previousReference",
            "too_long", "must be at most " + ClaimLine.MAX_REFERENCE_LENGTH + " characters");
      }
      fields.check(credit || !hasPrevious, prefix + "previousReference", "not_applicable", "only a credit names one");
    }
    boolean start = fields.required(prefix + "periodStart", in.periodStart());
    boolean end = fields.required(prefix + "periodEnd", in.periodEnd());
    if (start && end) {
      if (in.periodEnd().isBefore(in.periodStart())) {
        fields.add(prefix + "periodEnd", "before_start", "must not lie before periodStart");
      } else if (!YearMonth.from(in.periodStart()).equals(YearMonth.from(in.periodEnd()))) {
        fields.add(prefix + "periodEnd", "spans_months", "must lie in the month of periodStart");
      } else {
        fields.check(!in.periodEnd().isAfter(today), prefix + "periodEnd", "in_future", "must not lie in the future");
      }
    }
    range(fields, prefix + "volume", in.volume(), 1, ClaimLine.MAX_VOLUME);
    range(fields, prefix + "tariffCents", in.tariffCents(), 0, ClaimLine.MAX_CENTS);
    range(fields, prefix + "amountCents", in.amountCents(), 0, ClaimLine.MAX_CENTS);
    if (count(fields) != before) {
      return Option.none();
    }
    return Option.some(new ClaimLine(in.reference(), Option.of(in.previousReference()), in.assignment(), in.client(),
        in.category(), Option.of(in.product()), DateRange.of(in.periodStart(), in.periodEnd()), in.volume(), in.unit(),
        Money.ofCents(in.tariffCents()), Money.ofCents(in.amountCents()), in.direction()));
  }

  private static void range(FieldChecks fields, String field, Long value, long min, long max) {
    if (fields.required(field, value)) {
      fields.check(value >= min && value <= max, field, "out_of_range", "must be " + min + " to " + max);
    }
  }

  private static int count(FieldChecks fields) {
    return fields.size();
  }
}
