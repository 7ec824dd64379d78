package nl.wmokader.core.settlement.port.in;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.wmokader.core.catalogue.domain.ProductCategory;
import nl.wmokader.core.catalogue.domain.ProductCode;
import nl.wmokader.core.catalogue.domain.Unit;
import nl.wmokader.core.indication.domain.Assignment;
import nl.wmokader.core.indication.domain.AssignmentId;
import nl.wmokader.core.indication.domain.AssignmentNumber;
import nl.wmokader.core.settlement.domain.ClaimLine;
import nl.wmokader.core.settlement.domain.DebitCredit;
import nl.wmokader.core.shared.Bsn;
import nl.wmokader.core.shared.DateRange;
import nl.wmokader.core.shared.FieldChecks;
import nl.wmokader.core.shared.Money;
import nl.wmokader.core.shared.MunicipalityCode;

/**
 * Reads the lines of one claim in two rounds: {@link #read} each line's missing and malformed fields
 * (keeping what it parsed), then {@link #rule} its lengths, periods and ranges, making the line when
 * it has none. A claim of 20,000 lines names a few dozen products: each distinct valid product code
 * is checked once, and a field's full name ({@code lines[3].volume}) is made only for an error.
 */
final class ClaimLineReader {
  private static final Map<String, ProductCategory> CATEGORIES = byCode(ProductCategory.values(), ProductCategory::code);
  private static final Map<String, Unit> UNITS = byCode(Unit.values(), Unit::code);
  private static final String REQUIRED = "required";
  private static final String IS_REQUIRED = "is required";

  private final FieldChecks formats;
  private final Map<String, ProductCode> products = new HashMap<>();
  // what the first round parsed, by line: the second needs it, and parsing twice would cost the hot path
  private final AssignmentId[] assignments;
  // a line naming its assignment by iWmo number has a number here and no identifier above
  private final AssignmentNumber[] numbers;
  private final Bsn[] clients;
  private final ProductCategory[] categories;
  private final ProductCode[] productCodes;
  private final Unit[] units;

  ClaimLineReader(FieldChecks formats, int lines) {
    this.formats = formats;
    assignments = new AssignmentId[lines];
    numbers = new AssignmentNumber[lines];
    clients = new Bsn[lines];
    categories = new ProductCategory[lines];
    productCodes = new ProductCode[lines];
    units = new Unit[lines];
  }

  /** The first round for the line at {@code index}: its missing and malformed fields into {@code formats}. */
  void read(int index, ClaimLineInput in) {
    if (in == null) {
      formats.add("lines[" + index + "]", REQUIRED, IS_REQUIRED);
      return;
    }
    int before = formats.size();
    if (in.reference() == null || in.reference().isBlank()) {
      formats.add(name(index, "reference"), REQUIRED, IS_REQUIRED);
    }
    AssignmentId assignment = null;
    AssignmentNumber number = null;
    if (AssignmentNumber.isWellFormed(in.assignment())) {
      number = AssignmentNumber.parse(in.assignment());
    } else {
      assignment = assignment(index, in.assignment());
    }
    Bsn client = client(index, in.client());
    ProductCategory category = code(index, "category", in.category(), CATEGORIES, ProductCategory::ofCode);
    // required as the 323 requires it: an absent product is a malformed line, not a product mismatch
    ProductCode product = product(index, in.product());
    required(index, "periodStart", in.periodStart());
    required(index, "periodEnd", in.periodEnd());
    required(index, "volume", in.volume());
    Unit unit = code(index, "unit", in.unit(), UNITS, Unit::ofCode);
    required(index, "tariffCents", in.tariffCents());
    required(index, "amountCents", in.amountCents());
    required(index, "direction", in.direction());
    if (formats.size() == before) {
      assignments[index] = assignment;
      numbers[index] = number;
      clients[index] = client;
      categories[index] = category;
      productCodes[index] = product;
      units[index] = unit;
    }
  }

  /**
   * The second round for a line the first found whole: the line when its lengths, period and ranges
   * hold, else null with those errors in {@code rules}.
   */
  ClaimLine rule(int index, ClaimLineInput in, FieldChecks rules, Map<AssignmentId, Assignment> known,
                 Map<AssignmentNumber, Assignment> numbered, MunicipalityCode municipality) {
    int before = rules.size();
    rule(rules, in.reference().length() <= ClaimLine.MAX_REFERENCE_LENGTH, index, "reference", "too_long", tooLong());
    boolean credit = in.direction() == DebitCredit.CREDIT;
    String previous = in.previousReference();
    if (credit) {
      if (previous == null || previous.isBlank()) {
        rules.add(name(index, "previousReference"), REQUIRED, IS_REQUIRED);
      } else {
        rule(rules, previous.length() <= ClaimLine.MAX_REFERENCE_LENGTH, index, "previousReference", "too_long",
            tooLong());
      }
    }
    rule(rules, credit || previous == null, index, "previousReference", "not_applicable", "only a credit names one");
    LocalDate start = in.periodStart();
    LocalDate end = in.periodEnd();
    if (end.isBefore(start)) {
      rules.add(name(index, "periodEnd"), "before_start", "must not lie before periodStart");
    } else {
      rule(rules, ClaimLine.sameMonth(start, end), index, "periodEnd", "spans_months",
          "must lie in the month of periodStart");
    }
    range(rules, index, "volume", in.volume(), 1, ClaimLine.MAX_VOLUME);
    range(rules, index, "tariffCents", in.tariffCents(), 0, ClaimLine.MAX_CENTS);
    range(rules, index, "amountCents", in.amountCents(), 0, ClaimLine.MAX_CENTS);
    if (rules.size() != before) {
      return null;
    }
    // a line of a known assignment shares its identifier and client: a year's lines held in memory stay small
    AssignmentId assignment = assignments[index];
    Assignment held;
    if (assignment == null) {
      held = numbered.get(numbers[index]);
      assignment = held != null ? held.id() : unknownNumber(municipality, numbers[index]);
    } else {
      held = known.get(assignment);
    }
    Bsn client = clients[index];
    if (held != null) {
      assignment = held.id();
      client = held.client().equals(client) ? held.client() : client;
    }
    return new ClaimLine(in.reference(), Option.of(previous), assignment, client, categories[index],
        Option.of(productCodes[index]), DateRange.of(start, end), in.volume(), units[index],
        Money.ofCents(in.tariffCents()), Money.ofCents(in.amountCents()), in.direction());
  }

  /**
   * The identifier a line gets for a number no assignment of {@code municipality} has: a name-based
   * UUID (version 3) that no store holds, so that the line is answered as any line of an unknown
   * assignment is (retourcode 9338), and the same again when the claim is submitted again.
   */
  static AssignmentId unknownNumber(MunicipalityCode municipality, AssignmentNumber number) {
    return new AssignmentId(UUID.nameUUIDFromBytes(("iwmo:ToewijzingNummer:" + municipality.value() + ":"
        + number.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Whether the line at {@code index} names its assignment by number (after a first round that found it whole). */
  boolean namesNumber(int index) {
    return numbers[index] != null;
  }

  /** The distinct assignment numbers the first round read, in the order of the lines. */
  Seq<AssignmentNumber> assignmentNumbers() {
    java.util.Set<AssignmentNumber> distinct = new java.util.LinkedHashSet<>();
    for (AssignmentNumber number : numbers) {
      if (number != null) {
        distinct.add(number);
      }
    }
    return Array.ofAll(distinct);
  }

  /** The distinct assignments the first round read, in the order of the lines. */
  Seq<AssignmentId> assignmentIds() {
    java.util.Set<AssignmentId> distinct = new java.util.LinkedHashSet<>();
    for (AssignmentId id : assignments) {
      if (id != null) {
        distinct.add(id);
      }
    }
    return Array.ofAll(distinct);
  }

  private AssignmentId assignment(int index, String raw) {
    if (FieldChecks.isUuid(raw)) {
      return new AssignmentId(UUID.fromString(raw));
    }
    if (formats.requiredText(name(index, "assignment"), raw)) {
      formats.add(name(index, "assignment"), "assignment_format",
          "must be a UUID or an iWmo assignment number (1 to 9 digits)");
    }
    return null;
  }

  private Bsn client(int index, String raw) {
    // not kept per claim: a client has one or two lines in a claim, and a line shares its assignment's Bsn
    return Bsn.isValid(raw) ? new Bsn(raw) : formats.valid(Bsn.validate(name(index, "client"), raw));
  }

  private ProductCode product(int index, String raw) {
    ProductCode code = products.get(raw);
    if (code == null) {
      code = formats.valid(ProductCode.validate(name(index, "product"), raw));
      if (code != null) {
        products.put(raw, code);
      }
    }
    return code;
  }

  private <T> T code(int index, String field, String raw, Map<String, T> known, Function<String, Option<T>> ofCode) {
    T value = raw == null ? null : known.get(raw);
    return value != null ? value : formats.code(name(index, field), raw, ofCode);
  }

  private void required(int index, String field, Object value) {
    if (value == null) {
      formats.add(name(index, field), REQUIRED, IS_REQUIRED);
    }
  }

  private static void rule(FieldChecks rules, boolean ok, int index, String field, String code, String message) {
    if (!ok) {
      rules.add(name(index, field), code, message);
    }
  }

  private static void range(FieldChecks rules, int index, String field, long value, long min, long max) {
    rule(rules, value >= min && value <= max, index, field, "out_of_range", "must be " + min + " to " + max);
  }

  private static String tooLong() {
    return "must be at most " + ClaimLine.MAX_REFERENCE_LENGTH + " characters";
  }

  private static String name(int index, String field) {
    return "lines[" + index + "]." + field;
  }

  /** As {@code ofCode}: the first value with the code. */
  private static <T> Map<String, T> byCode(T[] values, Function<T, String> code) {
    Map<String, T> map = new HashMap<>();
    for (T value : values) {
      map.putIfAbsent(code.apply(value), value);
    }
    return Map.copyOf(map);
  }
}
